// @vitest-environment node
import { describe, expect, it } from 'vitest'

// London's clocks go forward on 29 March 2026 (a 23-hour day) and back on
// 25 October (25 hours). Set before the module makes its formatters.
process.env.TZ = 'Europe/London'
const { describeRange } = await import('@/domain/time-range')

const now = new Date(2026, 11, 1, 12).getTime()
const days = (from: Date, to: Date) =>
  describeRange({ from: from.toISOString(), to: to.toISOString() }, now)

describe('range labels across daylight-saving changes', () => {
  it('names the real last day of a range ending on a 23-hour day', () => {
    expect(days(new Date(2026, 2, 27), new Date(2026, 2, 30))).toBe(
      'Mar 27, 2026 – Mar 29, 2026',
    )
    expect(days(new Date(2026, 2, 29), new Date(2026, 2, 30))).toBe('Mar 29, 2026')
  })

  it('names the real last day of a range ending on a 25-hour day', () => {
    expect(days(new Date(2026, 9, 23), new Date(2026, 9, 26))).toBe(
      'Oct 23, 2026 – Oct 25, 2026',
    )
    expect(days(new Date(2026, 9, 25), new Date(2026, 9, 26))).toBe('Oct 25, 2026')
  })
})
