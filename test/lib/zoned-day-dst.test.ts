// @vitest-environment node
import { describe, expect, it } from 'vitest'

// The browser's zone for this file: Los Angeles, 16 or 17 hours behind Tokyo.
// Set before the module makes its formatters.
process.env.TZ = 'America/Los_Angeles'
const { dayIn, sameDayIn } = await import('@/lib/zoned-day')

const at = (iso: string) => Date.parse(iso)

describe('the day an instant falls on, in the zone times are read in', () => {
  // 18:00Z is 10:00 in Los Angeles and 03:00 on the 21st in Tokyo; 04:00Z the next
  // morning is 20:00 on the 20th in Los Angeles and 13:00 on the 21st in Tokyo.
  const evening = at('2026-11-20T18:00:00Z')
  const night = at('2026-11-21T04:00:00Z')

  it('reads the browser’s day when no zone is given', () => {
    expect(dayIn(evening)).toBe('2026-11-20')
    expect(dayIn(night)).toBe('2026-11-20')
    expect(sameDayIn(evening, night)).toBe(true)
  })

  it('reads the display zone’s day where it differs from the browser’s', () => {
    expect(dayIn(evening, 'Asia/Tokyo')).toBe('2026-11-21')
    expect(sameDayIn(evening, night, 'Asia/Tokyo')).toBe(true)
    // Same day in Los Angeles, two days in UTC.
    expect(sameDayIn(at('2026-11-20T23:30:00Z'), at('2026-11-21T00:30:00Z'))).toBe(true)
    expect(sameDayIn(at('2026-11-20T23:30:00Z'), at('2026-11-21T00:30:00Z'), 'UTC')).toBe(
      false,
    )
    // Two days in Los Angeles, one in Tokyo.
    expect(sameDayIn(at('2026-11-20T07:30:00Z'), at('2026-11-20T08:30:00Z'))).toBe(false)
    expect(
      sameDayIn(at('2026-11-20T07:30:00Z'), at('2026-11-20T08:30:00Z'), 'Asia/Tokyo'),
    ).toBe(true)
  })

  it('keeps a 25-hour day one day where the clocks go back', () => {
    // London, 25 October 2026: 00:30 BST is 23:30Z the day before; 23:30 GMT is 23:30Z.
    expect(
      sameDayIn(at('2026-10-24T23:30:00Z'), at('2026-10-25T23:30:00Z'), 'Europe/London'),
    ).toBe(true)
  })

  it('says so for a time that is not one, instead of throwing', () => {
    expect(dayIn(Number.NaN, 'UTC')).toBe('Invalid date')
  })
})
