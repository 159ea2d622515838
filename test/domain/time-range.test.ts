import { describe, expect, it } from 'vitest'
import { describeRange, intervalFor, presetWindow, viewWindow } from '@/domain/time-range'

const now = new Date(2026, 10, 23, 15, 30).getTime()
const hour = 3_600_000

describe('time ranges', () => {
  it('turns presets into windows ending now, yesterday into a whole local day', () => {
    expect(presetWindow('1h', now)).toEqual({ from: now - hour, to: now })
    expect(presetWindow('today', now)).toEqual({
      from: new Date(2026, 10, 23).getTime(),
      to: now,
    })
    expect(presetWindow('yesterday', now)).toEqual({
      from: new Date(2026, 10, 22).getTime(),
      to: new Date(2026, 10, 23).getTime(),
    })
    expect(presetWindow('7d', now).from).toBe(now - 7 * 24 * hour)
  })

  it('uses explicit from/to before a preset, and the default without either', () => {
    expect(
      viewWindow({ from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' }, now),
    ).toEqual({
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 10, 2),
    })
    expect(viewWindow({ from: '2026-11-01T00:00:00Z' }, now).to).toBe(now)
    expect(viewWindow({}, now)).toEqual(presetWindow('30d', now))
    expect(viewWindow({ from: 'soon' }, now)).toEqual(presetWindow('30d', now))
  })

  it('says the range in words', () => {
    expect(describeRange({ range: '7d' }, now)).toBe('Last 7 days')
    expect(describeRange({}, now)).toBe('Last 30 days')
    const custom = describeRange(
      {
        from: new Date(2026, 10, 3, 9).toISOString(),
        to: new Date(2026, 10, 5, 17, 30).toISOString(),
      },
      now,
    )
    expect(custom).toMatch(/Nov 3.*–.*Nov 5/)
    const days = describeRange(
      {
        from: new Date(2026, 10, 3).toISOString(),
        to: new Date(2026, 10, 6).toISOString(),
      },
      now,
    )
    expect(days).toMatch(/Nov 3, 2026 – Nov 5, 2026/)
  })

  it('picks an interval that keeps the bars countable', () => {
    expect(intervalFor({ from: 0, to: 24 * hour })).toBe('hour')
    expect(intervalFor({ from: 0, to: 30 * 24 * hour })).toBe('day')
    expect(intervalFor({ from: 0, to: 365 * 24 * hour })).toBe('week')
  })
})
