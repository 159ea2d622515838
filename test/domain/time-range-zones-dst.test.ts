// @vitest-environment node
import { describe, expect, it } from 'vitest'

// The process runs in Tokyo (no DST, far from both zones below), so a preset
// that used the system's midnight instead of the chosen zone's would show.
process.env.TZ = 'Asia/Tokyo'
const { presetWindow, viewWindow, describeRange } = await import('@/domain/time-range')

const iso = (time: number) => new Date(time).toISOString()

describe('presets in a chosen zone', () => {
  const now = Date.parse('2026-12-03T15:30:00Z')

  it('starts Today at the chosen zone’s midnight', () => {
    expect(iso(presetWindow('today', now, 'UTC').from)).toBe('2026-12-03T00:00:00.000Z')
    // 09:30 in Chicago (CST, UTC-6): its day began at 06:00 UTC.
    expect(iso(presetWindow('today', now, 'America/Chicago').from)).toBe(
      '2026-12-03T06:00:00.000Z',
    )
    // 00:30 next day in Tokyo: the system's own day.
    expect(iso(presetWindow('today', now).from)).toBe('2026-12-03T15:00:00.000Z')
  })

  it('runs Yesterday from midnight to midnight in the zone', () => {
    const window = presetWindow('yesterday', now, 'America/Chicago')
    expect(iso(window.from)).toBe('2026-12-02T06:00:00.000Z')
    expect(iso(window.to)).toBe('2026-12-03T06:00:00.000Z')
  })

  it('gives a 23-hour Today and Yesterday across spring-forward in Chicago', () => {
    // 8 March 2026, Chicago's clocks go from 02:00 CST to 03:00 CDT.
    const dayAfter = Date.parse('2026-03-09T12:00:00Z')
    const yesterday = presetWindow('yesterday', dayAfter, 'America/Chicago')
    expect(iso(yesterday.from)).toBe('2026-03-08T06:00:00.000Z')
    expect(iso(yesterday.to)).toBe('2026-03-09T05:00:00.000Z')
    expect(yesterday.to - yesterday.from).toBe(23 * 3_600_000)
  })

  it('gives a 25-hour Yesterday across fall-back in Chicago', () => {
    const dayAfter = Date.parse('2026-11-02T12:00:00Z')
    const yesterday = presetWindow('yesterday', dayAfter, 'America/Chicago')
    expect(yesterday.to - yesterday.from).toBe(25 * 3_600_000)
  })

  it('reads the view’s tz for its preset and labels', () => {
    expect(viewWindow({ range: 'today', tz: 'utc' }, now)).toEqual(
      presetWindow('today', now, 'UTC'),
    )
    const chicagoDay = {
      from: '2026-12-02T06:00:00.000Z',
      to: '2026-12-03T06:00:00.000Z',
      tz: 'America/Chicago',
    }
    expect(describeRange(chicagoDay, now)).toBe('Dec 2, 2026')
  })
})
