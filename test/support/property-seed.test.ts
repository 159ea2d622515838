import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { choosePropertySeed, fixedPropertySeed } from './property-seed'

describe('the property seed', () => {
  it('is the fixed one unless PROPERTY_SEED is set', () => {
    expect(choosePropertySeed(undefined)).toBe(fixedPropertySeed)
    expect(choosePropertySeed('')).toBe(fixedPropertySeed)
  })

  it('replays a given seed and draws a new one for "random"', () => {
    expect(choosePropertySeed('42')).toBe(42)
    expect(choosePropertySeed('random', () => 0.5)).toBe(2 ** 30)
    expect(() => choosePropertySeed('soon')).toThrow(/PROPERTY_SEED/)
  })

  it('is the seed fast-check runs every property with', () => {
    expect(fc.readConfigureGlobal().seed).toBe(inject('propertySeed'))
    const first: number[] = []
    fc.assert(
      fc.property(fc.nat(), (n) => void first.push(n)),
      { numRuns: 5 },
    )
    const again: number[] = []
    fc.assert(
      fc.property(fc.nat(), (n) => void again.push(n)),
      { numRuns: 5 },
    )
    expect(again).toEqual(first)
  })
})
