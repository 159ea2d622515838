import { describe, expect, it } from 'vitest'
import { rangeKey } from '@/domain/log-search-edit'

describe('rangeKey', () => {
  it('changes with the time range only, not with filters or sort', () => {
    const base = { range: '7d' } as const
    expect(rangeKey({ ...base, status: ['ctm.call.busy'], sort: 'duration' })).toBe(
      rangeKey(base),
    )
    expect(rangeKey({ range: '30d' })).not.toBe(rangeKey(base))
    expect(
      rangeKey({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T00:00:00.000Z' }),
    ).not.toBe(
      rangeKey({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' }),
    )
  })
})
