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
const timeFormats = {
  dateTime: {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  },
  clock: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
  shortDate: { month: 'short', day: 'numeric' },
  fullDateTime: { dateStyle: 'full', timeStyle: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One formatter per format and zone, made on first use (undefined: the browser's zone). */
function formatterFor(
  name: keyof typeof timeFormats,
  zone: string | undefined,
): Intl.DateTimeFormat {
  const key = `${name}|${zone ?? ''}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, {
      ...timeFormats[name],
      timeZone: zone,
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/** Date and time to the second in `zone` (the browser's by default): "Nov 23, 14:05:12". */
export const formatDateTime = (time: number, zone?: string): string =>
  Number.isFinite(time) ? formatterFor('dateTime', zone).format(time) : 'Invalid date'

/** Time of day on a 24-hour clock: "14:05:12". */
export const formatClock = (time: number, zone?: string): string =>
  Number.isFinite(time) ? formatterFor('clock', zone).format(time) : '--:--:--'

/** "Nov 23". */
export const formatShortDate = (time: number, zone?: string): string =>
  Number.isFinite(time) ? formatterFor('shortDate', zone).format(time) : 'Invalid date'

/** "Sunday, November 23, 2026 at 14:05:12 GMT+1", for the detail panel. */
export const formatFullDateTime = (time: number, zone?: string): string =>
  Number.isFinite(time) ? formatterFor('fullDateTime', zone).format(time) : 'Invalid date'

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

/** "calls" → "Calls". */
export const capitalize = (text: string): string =>
  text.charAt(0).toUpperCase() + text.slice(1)
