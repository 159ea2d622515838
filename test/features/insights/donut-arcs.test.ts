// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { donutArcs } from '@/features/insights/donut-arcs'

const geometry = { size: 100, inner: 30, outer: 50, padDegrees: 0 }

/** The angle, clockwise from twelve o'clock in degrees, of a point on the ring. */
const angleOf = (x: number, y: number) =>
  (((Math.atan2(y - 50, x - 50) * 180) / Math.PI + 90 + 360) % 360).toFixed(0)

const points = (d: string) =>
  [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)(?=[ALZ]|$)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ])

describe('donut arcs', () => {
  it('starts at twelve o’clock and runs clockwise, sized by value', () => {
    const [first, second] = donutArcs([1, 3], geometry)
    // The first quarter: from the top to three o'clock on the outer edge.
    expect(first?.d.startsWith('M50 0A50 50 0 0 1 100 50')).toBe(true)
    // Three quarters take the long way round.
    expect(second?.d).toContain('A50 50 0 1 1 50 0')
    expect(first?.center).toEqual({ x: 78.28, y: 21.72 })
  })

  it('leaves a gap between slices', () => {
    const [a] = donutArcs([1, 1], { ...geometry, padDegrees: 10 })
    const [start] = points(a?.d ?? '')
    expect(angleOf(start?.[0] ?? 0, start?.[1] ?? 0)).toBe('5')
  })

  it('draws one value as the whole ring, with its hole', () => {
    const [ring, none] = donutArcs([5, 0], { ...geometry, padDegrees: 1 })
    expect(ring?.d).toBe(
      'M100 50A50 50 0 1 1 0 50A50 50 0 1 1 100 50ZM80 50A30 30 0 1 0 20 50A30 30 0 1 0 80 50Z',
    )
    expect(none?.d).toBe('')
  })

  it('draws nothing for nothing', () => {
    expect(donutArcs([0, 0], geometry).map((arc) => arc.d)).toEqual(['', ''])
    expect(donutArcs([], geometry)).toEqual([])
  })
})
