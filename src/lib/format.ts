/** Display formats shared by the logs, the detail panel and the charts. */

const numberFormat = new Intl.NumberFormat()
const percentFormat = new Intl.NumberFormat(undefined, {
  style: 'percent',
  maximumFractionDigits: 1,
})

export const formatCount = (count: number): string => numberFormat.format(count)

export const formatPercent = (ratio: number): string => percentFormat.format(ratio)

/** "12,345 calls", "1 call". */
export function pluralize(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

// Logs read in a 24-hour clock everywhere (the Metrics stamps need the
// narrow form), so times in a row and its trail compare at a glance.
const dateTime = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})
const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})
const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })
const fullDateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'full',
  timeStyle: 'long',
})

/** Local date and time to the second: "Nov 23, 14:05:12". */
export const formatDateTime = (time: number): string =>
  Number.isFinite(time) ? dateTime.format(time) : 'Invalid date'

/** Local time of day on a 24-hour clock: "14:05:12". */
export const formatClock = (time: number): string =>
  Number.isFinite(time) ? clock.format(time) : '--:--:--'

/** "Nov 23". */
export const formatShortDate = (time: number): string =>
  Number.isFinite(time) ? shortDate.format(time) : 'Invalid date'

/** "Sunday, November 23, 2026 at 14:05:12 GMT+1", for the detail panel. */
export const formatFullDateTime = (time: number): string =>
  Number.isFinite(time) ? fullDateTime.format(time) : 'Invalid date'

/** Seconds as "45s", "3m 05s", "1h 02m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—'
  const s = Math.round(seconds)
  if (s < 60) return `${s}s`
  const minutes = Math.floor(s / 60)
  if (minutes < 60) return `${minutes}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`
}

/** Milliseconds between two steps as "+2s", "+1m 30s". */
export function formatGap(ms: number): string {
  return `+${formatDuration(Math.max(0, ms) / 1000)}`
}

/** A value cut to `max` characters with an ellipsis: for tooltips and notices. */
export function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
