// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  contactNumberAt,
  contactNumberCount,
  digitsOf,
  formatNumber,
} from '@/mocks/data/phone-numbers'

describe('fictional phone numbers', () => {
  it('are distinct E.164 numbers in ranges set aside for fiction', () => {
    const all = Array.from({ length: contactNumberCount }, (_, k) => contactNumberAt(k))
    expect(new Set(all).size).toBe(all.length)
    for (const number of all) {
      expect(number).toMatch(/^(\+1\d{3}55501\d{2}|\+447700900\d{3}|\+442079460\d{3})$/)
    }
  })

  it('are written the way people write them', () => {
    expect(formatNumber('+13125550142')).toBe('+1 312 555 0142')
    expect(formatNumber('+447700900123')).toBe('+44 7700 900123')
    expect(formatNumber('+442079460123')).toBe('+44 20 7946 0123')
    expect(formatNumber('anonymous')).toBe('anonymous')
  })

  it('reduce to digits whatever the format', () => {
    expect(digitsOf('+1 (555) 010-1234')).toBe('15550101234')
  })
})
