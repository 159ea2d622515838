// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { stackedPaths } from '@/features/insights/histogram-paths'

const geometry = { step: 10, gap: 2, height: 40 }

describe('histogram paths', () => {
  it('draws one path per group, stacked from the bottom in key order', () => {
    const paths = stackedPaths(
      [
        { total: 4, counts: { connected: 3, failed: 1 } },
        { total: 2, counts: { connected: 0, failed: 2 } },
      ],
      ['connected', 'failed'],
      geometry,
    )
    expect(paths).toEqual([
      { key: 'connected', d: 'M1 10h8v30h-8z' },
      { key: 'failed', d: 'M1 0h8v10h-8zM11 20h8v20h-8z' },
    ])
  })

  it('leaves out groups with nothing, and draws nothing for an empty range', () => {
    expect(
      stackedPaths([{ total: 1, counts: { a: 1, b: 0 } }], ['a', 'b'], geometry).map(
        (p) => p.key,
      ),
    ).toEqual(['a'])
    expect(stackedPaths([{ total: 0, counts: {} }], ['a'], geometry)).toEqual([])
    expect(stackedPaths([], ['a'], geometry)).toEqual([])
  })

  it('never draws more elements than groups, however many bars', () => {
    const points = Array.from({ length: 500 }, (_, i) => ({
      total: 3,
      counts: { a: 1, b: 1, c: i % 2 },
    }))
    expect(stackedPaths(points, ['a', 'b', 'c'], geometry)).toHaveLength(3)
  })

  it('scales to a given top instead of the tallest bar', () => {
    const paths = stackedPaths([{ total: 4, counts: { a: 2 } }], ['a'], {
      ...geometry,
      top: 8,
    })
    expect(paths).toEqual([{ key: 'a', d: 'M1 30h8v10h-8z' }])
  })
})
