// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mixSeed, Random, WeightTable } from '@/mocks/random/random'

const draws = (seed: number, n: number) => {
  const random = new Random(seed)
  return Array.from({ length: n }, () => random.float())
}

describe('Random', () => {
  it('repeats its draws for the same seed and differs for another', () => {
    expect(draws(7, 20)).toEqual(draws(7, 20))
    expect(draws(8, 20)).not.toEqual(draws(7, 20))
  })

  it('stays in range', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(100),
        (seed, min, span) => {
          const random = new Random(seed)
          const value = random.int(min, min + span)
          const float = random.float()
          return (
            value >= min &&
            value <= min + span &&
            Number.isInteger(value) &&
            float >= 0 &&
            float < 1
          )
        },
      ),
    )
  })

  it('follows a weight table', () => {
    const table = new WeightTable([
      ['rare', 1],
      ['common', 9],
      ['never', 0],
    ])
    const random = new Random(1)
    const counts = new Map<string, number>()
    for (let i = 0; i < 10_000; i++) {
      const value = random.weighted(table)
      counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    expect(counts.get('never')).toBeUndefined()
    expect(counts.get('rare')).toBeGreaterThan(800)
    expect(counts.get('rare')).toBeLessThan(1200)
  })
})

describe('mixSeed', () => {
  it('spreads neighbouring records apart', () => {
    const seeds = Array.from({ length: 1000 }, (_, i) => mixSeed(1, 2, i))
    expect(new Set(seeds).size).toBe(1000)
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3))
    expect(mixSeed(1, 2, 3)).not.toBe(mixSeed(1, 3, 2))
  })
})
