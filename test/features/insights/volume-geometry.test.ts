// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { tickIndexes } from '@/features/insights/volume-columns'
import { barSegments, besideBar } from '@/features/insights/volume-geometry'

describe('date ticks', () => {
  it('labels every bar while they fit, then every nth from the first', () => {
    expect(tickIndexes(5, 14)).toEqual([0, 1, 2, 3, 4])
    expect(tickIndexes(28, 14)).toEqual([
      0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26,
    ])
    expect(tickIndexes(120, 14)).toHaveLength(14)
    expect(tickIndexes(0, 14)).toEqual([])
  })
})

describe('bar segments', () => {
  const point = { total: 10, counts: { connected: 6, failed: 0, canceled: 3 } }

  it('stacks the shown groups from the bottom, leaving out the empty ones', () => {
    expect(barSegments(point, ['connected', 'failed', 'canceled'])).toEqual([
      { key: 'connected', count: 6, from: 0, to: 6 },
      { key: 'canceled', count: 3, from: 6, to: 9 },
    ])
    // A group switched off in the legend: the next one sits on the floor.
    expect(barSegments(point, ['canceled'])).toEqual([
      { key: 'canceled', count: 3, from: 0, to: 3 },
    ])
  })
})

describe('tooltip placement', () => {
  it('goes towards the middle: right of a bar on the left, left of one on the right', () => {
    expect(besideBar(0, 10)).toEqual({ left: 'calc(10% + 8px)' })
    expect(besideBar(9, 10)).toEqual({ right: 'calc(10% + 8px)' })
    expect(besideBar(5, 10)).toEqual({ right: 'calc(50% + 8px)' })
  })
})
