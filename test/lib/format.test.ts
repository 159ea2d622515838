import { describe, expect, it } from 'vitest'
import { formatDuration, formatGap, formatPhone, pluralize } from '@/lib/format'

describe('formats', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [185, '3m 05s'],
    [3720, '1h 02m'],
    [-1, '—'],
    [Number.NaN, '—'],
  ])('duration %s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })

  it('writes the time between steps with a plus', () => {
    expect(formatGap(2_000)).toBe('+2s')
    expect(formatGap(-50)).toBe('+0s')
  })

  it.each([
    ['+15550101234', '+1 (555) 010-1234'],
    ['+447700900123', '+44 7700 900123'],
    ['+33612345678', '+33612345678'],
    ['anonymous', 'anonymous'],
    ['<b>1</b>', '<b>1</b>'],
  ])('phone %s → %s', (raw, text) => {
    expect(formatPhone(raw)).toBe(text)
  })

  it('pluralizes counts with grouping', () => {
    expect(pluralize(1, 'call', 'calls')).toBe('1 call')
    expect(pluralize(12345, 'call', 'calls')).toMatch(/^12.345 calls$/)
  })
})
