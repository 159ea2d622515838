import { describe, expect, it } from 'vitest'
import { noFilters, patchSearch, rangeKey } from '@/domain/log-search-edit'
import { logSearchKeys, type LogSearch } from '@/domain/log-search'

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

describe('noFilters', () => {
  it('clears every filter and the open record, and keeps the time range, sort and zone', () => {
    const view: LogSearch = {
      range: '7d',
      status: ['ctm.call.busy'],
      outcome: ['failed'],
      vendor: ['ctm'],
      direction: ['inbound'],
      agent: ['ana-ruiz'],
      source: ['google-ads'],
      campaign: ['renewals'],
      q: 'ana',
      sort: '-duration',
      id: 'call-1',
      tz: 'utc',
    }
    expect(patchSearch(view, noFilters)).toEqual({
      range: '7d',
      sort: '-duration',
      tz: 'utc',
    })
    expect(
      patchSearch(
        { from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T00:00:00.000Z' },
        noFilters,
      ),
    ).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T00:00:00.000Z' })
  })

  it('names only parameters a view has', () => {
    for (const key of Object.keys(noFilters)) expect(logSearchKeys).toContain(key)
  })
})
