import { TZDate } from '@date-fns/tz'
import { defaultRange, type LogSearch, type RangePreset } from './log-search'
import { windowZone } from './time-zone'

const hour = 3_600_000
const day = 24 * hour

export const rangeLabels: Record<RangePreset, string> = {
  '1h': 'Last hour',
  today: 'Today',
  yesterday: 'Yesterday',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
}

export type TimeWindow = { from: number; to: number }

/** Midnight of the day `time` falls on in `zone` (the system's own when undefined). */
function startOfDay(time: number, zone: string | undefined): number {
  const date = zone === undefined ? new Date(time) : new TZDate(time, zone)
  date.setHours(0, 0, 0, 0)
  return date.getTime()
}

/**
 * The absolute window of a preset, as seen at `now`; `to` is exclusive.
 * "Today" and "Yesterday" start at midnight in `zone` (an IANA name; the
 * system's zone when undefined).
 */
export function presetWindow(
  preset: RangePreset,
  now: number,
  zone?: string,
): TimeWindow {
  switch (preset) {
    case '1h':
      return { from: now - hour, to: now }
    case 'today':
      return { from: startOfDay(now, zone), to: now }
    case 'yesterday': {
      const today = startOfDay(now, zone)
      return { from: startOfDay(today - hour, zone), to: today }
    }
    case '7d':
      return { from: now - 7 * day, to: now }
    case '30d':
      return { from: now - 30 * day, to: now }
    case '90d':
      return { from: now - 90 * day, to: now }
  }
}

/**
 * The window a view shows: its explicit from/to, else its preset (its days
 * in the view's `tz`), else the default preset. A lone `from` runs to now.
 */
export function viewWindow(
  search: Pick<LogSearch, 'range' | 'from' | 'to' | 'tz'>,
  now: number,
): TimeWindow {
  if (search.from || search.to) {
    const to = search.to ? Date.parse(search.to) : now
    const from = search.from ? Date.parse(search.from) : to - 90 * day
    // Unreadable dates never reach here through the codec; if one does, fall back.
    if (Number.isFinite(from) && Number.isFinite(to)) return { from, to }
  }
  return presetWindow(search.range ?? defaultRange, now, windowZone(search.tz))
}

const formats = new Map<
  string,
  { dateTime: Intl.DateTimeFormat; dateOnly: Intl.DateTimeFormat }
>()

/** The label formats of a zone, made once per zone. */
function formatsIn(zone: string | undefined) {
  const key = zone ?? ''
  let known = formats.get(key)
  if (!known) {
    known = {
      dateTime: new Intl.DateTimeFormat(undefined, {
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: zone,
      }),
      dateOnly: new Intl.DateTimeFormat(undefined, {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: zone,
      }),
    }
    formats.set(key, known)
  }
  return known
}

/** The range in words: "Last 7 days", or "Nov 3, 09:00 – Nov 5, 17:30". */
export function describeRange(
  search: Pick<LogSearch, 'range' | 'from' | 'to' | 'tz'>,
  now: number,
): string {
  if (!search.from && !search.to) return rangeLabels[search.range ?? defaultRange]
  const zone = windowZone(search.tz)
  const { dateTime, dateOnly } = formatsIn(zone)
  const isMidnight = (time: number) => startOfDay(time, zone) === time
  const { from, to } = viewWindow(search, now)
  if (isMidnight(from) && isMidnight(to)) {
    // The day the range's last instant falls on: a day is 23 or 25 hours across DST.
    const lastDay = startOfDay(to - 1, zone)
    return lastDay <= from
      ? dateOnly.format(from)
      : `${dateOnly.format(from)} – ${dateOnly.format(lastDay)}`
  }
  return `${dateTime.format(from)} – ${search.to ? dateTime.format(to) : 'now'}`
}

export type Interval = 'hour' | 'day' | 'week'

/** Buckets fine enough to show a shape, coarse enough to stay under ~200 bars. */
export function intervalFor(window: TimeWindow): Interval {
  const span = window.to - window.from
  if (span <= 3 * day) return 'hour'
  if (span <= 120 * day) return 'day'
  return 'week'
}
