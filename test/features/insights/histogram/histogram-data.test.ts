// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  columnSegments,
  drawsAsColumns,
  histogramConfig,
  histogramData,
} from '@/features/insights/histogram/histogram-data'

const point = (start: string, end: string, counts: Record<string, number>) => ({
  start,
  end,
  time: Date.parse(start),
  total: Object.values(counts).reduce((a, b) => a + b, 0),
  counts,
})

describe('histogram data', () => {
  it('gives each outcome its label and colour token, and an unknown group a neutral one', () => {
    expect(histogramConfig(['connected', 'mystery'])).toEqual({
      connected: { label: 'Connected', color: 'var(--outcome-connected)' },
      mystery: { label: 'mystery', color: 'var(--faint)' },
    })
  })

  it('stacks in the outcomes’ order and totals every bar, to the record', () => {
    const data = histogramData({
      keys: ['failed', 'connected'],
      points: [
        point('2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z', {
          connected: 3,
          failed: 1,
        }),
        point('2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z', { failed: 2 }),
      ],
    })
    expect(data.keys).toEqual(['connected', 'failed'])
    expect(data.total).toBe(6)
    expect(data.buckets).toEqual([
      { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 2, 2) },
      { start: Date.UTC(2026, 2, 2), end: Date.UTC(2026, 2, 3) },
    ])
    expect(histogramData().rows).toEqual([])
  })

  it('draws one element per column once bars × series is large', () => {
    expect(drawsAsColumns(7, 8)).toBe(false)
    expect(drawsAsColumns(14, 8)).toBe(true)
    expect(drawsAsColumns(168, 8)).toBe(true)
  })

  it('splits a column’s box into its series from the bottom, leaving out empty ones', () => {
    expect(
      columnSegments(
        { connected: 3, failed: 1, busy: 0 },
        ['connected', 'busy', 'failed'],
        {
          y: 10,
          height: 40,
        },
      ),
    ).toEqual([
      { key: 'connected', y: 20, height: 30 },
      { key: 'failed', y: 10, height: 10 },
    ])
    expect(columnSegments({}, ['connected'], { y: 0, height: 40 })).toEqual([])
    expect(columnSegments({ connected: 2 }, ['connected'], { y: 0, height: 0 })).toEqual(
      [],
    )
  })
})
