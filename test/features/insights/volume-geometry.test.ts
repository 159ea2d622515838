// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  barSegments,
  besideBar,
  countTicks,
  segmentAt,
  tickIndexes,
} from '@/features/insights/volume-geometry'

describe('count axis', () => {
  it('steps in round numbers up to a top at or above the tallest bar', () => {
    expect(countTicks(870)).toEqual([0, 250, 500, 750, 1000])
    expect(countTicks(1000)).toEqual([0, 250, 500, 750, 1000])
    expect(countTicks(12_400)).toEqual([0, 5000, 10_000, 15_000])
    expect(countTicks(10)).toEqual([0, 5, 10])
  })

  it('never steps by a fraction of a record', () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3])
    expect(countTicks(1)).toEqual([0, 1])
    for (const max of [2, 7, 13, 99, 101, 2500, 123_456]) {
      const ticks = countTicks(max)
      expect(ticks.every(Number.isInteger)).toBe(true)
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max)
      expect(ticks.length).toBeLessThanOrEqual(7)
    }
  })

  it('keeps an axis for nothing at all', () => {
    expect(countTicks(0)).toEqual([0, 1])
    expect(countTicks(Number.NaN)).toEqual([0, 1])
  })
})

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

  it('finds the group at a height, and none above the bar', () => {
    const keys = ['connected', 'canceled']
    expect(segmentAt(point, keys, 0)?.key).toBe('connected')
    expect(segmentAt(point, keys, 5.9)?.key).toBe('connected')
    expect(segmentAt(point, keys, 6)?.key).toBe('canceled')
    expect(segmentAt(point, keys, 9)).toBeUndefined()
    expect(segmentAt(point, keys, -1)).toBeUndefined()
  })
})

describe('tooltip placement', () => {
  it('goes towards the middle: right of a bar on the left, left of one on the right', () => {
    expect(besideBar(0, 10)).toEqual({ left: 'calc(10% + 8px)' })
    expect(besideBar(9, 10)).toEqual({ right: 'calc(10% + 8px)' })
    expect(besideBar(5, 10)).toEqual({ right: 'calc(50% + 8px)' })
  })
})
