const dayFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar day an instant falls on in `zone` (undefined: the browser's),
 * as "2026-11-20": the day a person reading times in that zone sees.
 */
export function dayIn(time: number, zone?: string): string {
  if (!Number.isFinite(time)) return 'Invalid date'
  const key = zone ?? ''
  let format = dayFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    dayFormats.set(key, format)
  }
  return format.format(time)
}

/** Whether two instants fall on the same day in `zone` (the browser's by default). */
export const sameDayIn = (a: number, b: number, zone?: string): boolean =>
  dayIn(a, zone) === dayIn(b, zone)
