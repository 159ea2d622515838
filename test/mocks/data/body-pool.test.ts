// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildBodyPool, smsSegments } from '@/mocks/data/body-pool'

describe('smsSegments', () => {
  it('fits 160 GSM characters in one segment and 153 in each of several', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1)
    expect(smsSegments('a'.repeat(161))).toBe(2)
    expect(smsSegments('a'.repeat(306))).toBe(2)
    expect(smsSegments('a'.repeat(307))).toBe(3)
  })

  it('counts extension characters twice and switches to UCS-2 for emoji', () => {
    expect(smsSegments('€'.repeat(80))).toBe(1)
    expect(smsSegments('€'.repeat(81))).toBe(2)
    expect(smsSegments(`👍${'a'.repeat(68)}`)).toBe(1)
    expect(smsSegments(`👍${'a'.repeat(69)}`)).toBe(2)
  })

  it('gives an empty body one segment', () => {
    expect(smsSegments('')).toBe(1)
  })
})

describe('buildBodyPool', () => {
  it('fills every template and counts each body’s segments', () => {
    const pool = buildBodyPool(1)
    for (const [index, body] of pool.bodies.entries()) {
      expect(body).not.toMatch(/\{\w+\}/)
      expect(pool.segments[index]).toBe(smsSegments(body))
    }
    expect(Math.max(...pool.segments)).toBeGreaterThan(1)
    expect(buildBodyPool(1).bodies).toEqual(pool.bodies)
  })
})
