import { TZDate } from '@date-fns/tz'
import type { StatsInterval } from '@/api/stats-schema'

const formats = {
  day: { month: 'short', day: 'numeric' },
  hour: {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

const made = new Map<string, Intl.DateTimeFormat>()

/** A format in a zone (undefined: the browser's), made once. */
function format(name: keyof typeof formats, zone: string | undefined) {
  const key = `${name}|${zone ?? ''}`
  let formatter = made.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { ...formats[name], timeZone: zone })
    made.set(key, formatter)
  }
  return formatter
}

/**
 * A bucket named for a tooltip or a table: "Mar 3, 14:00", "Mar 3", "Week of
 * Mar 2", read in `zone` (the one the stats were bucketed in).
 */
export function bucketLabel(
  start: number,
  interval: StatsInterval,
  zone?: string,
): string {
  if (!Number.isFinite(start)) return '–'
  if (interval === 'hour') return format('hour', zone).format(start)
  if (interval === 'day') return format('day', zone).format(start)
  return `Week of ${format('day', zone).format(start)}`
}

/** A short axis tick: the hour for hourly bars (the date at midnight), else the date. */
export function bucketTick(
  start: number,
  interval: StatsInterval,
  zone?: string,
): string {
  if (!Number.isFinite(start)) return ''
  if (interval !== 'hour') return format('day', zone).format(start)
  const date = zone === undefined ? new Date(start) : new TZDate(start, zone)
  return date.getHours() === 0
    ? format('day', zone).format(start)
    : format('clock', zone).format(start)
}

export const intervalAdjective: Record<StatsInterval, string> = {
  hour: 'Hourly',
  day: 'Daily',
  week: 'Weekly',
}
