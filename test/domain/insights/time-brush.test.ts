// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { previousWindow } from '@/domain/insights/compare-window'
import { brushWindow, windowSearch } from '@/domain/insights/time-brush'

const day = 86_400_000
const t0 = Date.UTC(2026, 2, 1)
const buckets = Array.from({ length: 5 }, (_, i) => ({
  start: t0 + i * day,
  end: t0 + (i + 1) * day,
}))

describe('histogram brush', () => {
  it('turns a drag across bars into their time range, in either direction', () => {
    const shown = { from: t0, to: t0 + 5 * day }
    expect(brushWindow(buckets, 1, 3, shown)).toEqual({
      from: t0 + day,
      to: t0 + 4 * day,
    })
    expect(brushWindow(buckets, 3, 1, shown)).toEqual({
      from: t0 + day,
      to: t0 + 4 * day,
    })
    expect(brushWindow(buckets, 2, 2, shown)).toEqual({
      from: t0 + 2 * day,
      to: t0 + 3 * day,
    })
  })

  it('never widens the range: edge bars are cut to the window shown', () => {
    const shown = { from: t0 + 6 * 3_600_000, to: t0 + 4 * day + 3_600_000 }
    expect(brushWindow(buckets, 0, 4, shown)).toEqual(shown)
  })

  it('selects nothing outside the bars', () => {
    const shown = { from: t0, to: t0 + 5 * day }
    expect(brushWindow(buckets, 0, 9, shown)).toBeNull()
    expect(brushWindow([], 0, 0, shown)).toBeNull()
  })

  it('writes the range as the URL’s from/to', () => {
    expect(windowSearch({ from: t0, to: t0 + day })).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-02T00:00:00.000Z',
    })
  })
})

describe('the comparison period', () => {
  it('is the same length, just before', () => {
    expect(previousWindow({ from: t0, to: t0 + 7 * day })).toEqual({
      from: t0 - 7 * day,
      to: t0,
    })
  })
})
