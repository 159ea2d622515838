import { describe, expect, it } from 'vitest'
import { formatDuration, formatGap, pluralize } from '@/lib/format'
import { formatPhone, loadPhoneFormat } from '@/lib/phone-format'
import { formatNumber } from '@/mocks/data/phone-numbers'

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

  it('pluralizes counts with grouping', () => {
    expect(pluralize(1, 'call', 'calls')).toBe('1 call')
    expect(pluralize(12345, 'call', 'calls')).toMatch(/^12.345 calls$/)
  })
})

describe('the one phone formatter', () => {
  it('shows the E.164 until libphonenumber has loaded, then each country’s grouping', async () => {
    expect(formatPhone('+442079460158')).toBe('+442079460158')
    await loadPhoneFormat()
    for (const [raw, text] of [
      ['+15550101234', '+1 555 010 1234'],
      ['+13125550142', '+1 312 555 0142'],
      // The London number the table and the detail panel once wrote two ways.
      ['+442079460158', '+44 20 7946 0158'],
      ['+447700900123', '+44 7700 900123'],
      ['+33612345678', '+33 6 12 34 56 78'],
      ['anonymous', 'anonymous'],
      ['<b>1</b>', '<b>1</b>'],
    ]) {
      expect(formatPhone(raw ?? ''), raw).toBe(text)
    }
  })

  it('is the mock’s formatter too, for the numbers in a trail', () => {
    expect(formatNumber('+442079460158')).toBe('+44 20 7946 0158')
  })
})
