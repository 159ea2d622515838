import type { StatsInterval } from '@/api/stats-schema'

const day = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })
const hour = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** A bucket named for a tooltip or a table: "Mar 3, 14:00", "Mar 3", "Week of Mar 2". */
export function bucketLabel(start: number, interval: StatsInterval): string {
  if (!Number.isFinite(start)) return '–'
  if (interval === 'hour') return hour.format(start)
  if (interval === 'day') return day.format(start)
  return `Week of ${day.format(start)}`
}

/** A short axis tick: the hour for hourly bars (the date at midnight), else the date. */
export function bucketTick(start: number, interval: StatsInterval): string {
  if (!Number.isFinite(start)) return ''
  if (interval !== 'hour') return day.format(start)
  const date = new Date(start)
  return date.getHours() === 0 ? day.format(start) : clock.format(start)
}

export const intervalAdjective: Record<StatsInterval, string> = {
  hour: 'Hourly',
  day: 'Daily',
  week: 'Weekly',
}
