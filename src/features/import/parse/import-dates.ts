/*
 * Strict readers for the times in vendors' exports. Date.parse alone is too
 * forgiving ("1" is a date to it), so each accepted shape is spelt out.
 */

/** ISO 8601: 2026-03-18T15:02:11Z, …+01:00, …+0100, with a space for the T, or a bare date. */
const iso =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/

/** RFC 2822, as Twilio writes it: Tue, 31 Aug 2010 20:36:28 +0000. */
const rfc2822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC?|Z)?$/

/** US exports: 3/18/2026 3:02 PM, 03/18/2026 15:02:11. */
const usDate =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*(Z|[+-]\d{2}:?\d{2})?$/

const months = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]

/** Minutes east of UTC for a zone suffix; undefined when there is none. */
function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined
  if (/^(Z|GMT|UTC?)$/i.test(zone)) return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
  return sign * (hours * 60 + minutes)
}

type Parts = [
  year: number,
  month: number,
  day: number,
  h: number,
  m: number,
  s: number,
  ms: number,
]

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31

function toTime(parts: Parts, zone: string | undefined, local: boolean): number {
  const [year, month, day, h, m, s, ms] = parts
  // Day 31 of a 30-day month would roll over: refuse it rather than move it.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
    return NaN
  if (h > 23 || m > 59 || s > 60) return NaN
  const offset = offsetMinutes(zone)
  if (offset === undefined && local)
    return new Date(year, month - 1, day, h, m, s, ms).getTime()
  return Date.UTC(year, month - 1, day, h, m, s, ms) - (offset ?? 0) * 60_000
}

const num = (text: string | undefined) => (text ? Number(text) : 0)

/**
 * Milliseconds since the epoch for a time as exports write it, or NaN.
 * A time without a zone is read in the browser's zone (`local`) or as UTC.
 */
export function parseTimestamp(text: string, zone: 'local' | 'utc' = 'utc'): number {
  const value = text.trim()
  const local = zone === 'local'
  let match = iso.exec(value)
  if (match) {
    const ms = match[7] ? Number(match[7].slice(0, 3).padEnd(3, '0')) : 0
    const parts: Parts = [
      num(match[1]),
      num(match[2]),
      num(match[3]),
      num(match[4]),
      num(match[5]),
      num(match[6]),
      ms,
    ]
    return toTime(parts, match[8], local)
  }
  match = rfc2822.exec(value)
  if (match) {
    const month = months.indexOf((match[2] ?? '').toLowerCase()) + 1
    const parts: Parts = [
      num(match[3]),
      month,
      num(match[1]),
      num(match[4]),
      num(match[5]),
      num(match[6]),
      0,
    ]
    return month === 0 ? NaN : toTime(parts, match[7], local)
  }
  match = usDate.exec(value)
  if (match) {
    let hour = num(match[4])
    const half = match[7]?.toLowerCase()
    if (half && (hour < 1 || hour > 12)) return NaN
    if (half === 'pm' && hour < 12) hour += 12
    if (half === 'am' && hour === 12) hour = 0
    const parts: Parts = [
      num(match[3]),
      num(match[1]),
      num(match[2]),
      hour,
      num(match[5]),
      num(match[6]),
      0,
    ]
    return toTime(parts, match[8], local)
  }
  return NaN
}

/** The API's time format: ISO 8601 in UTC with milliseconds. */
export function isoInstant(time: number): string {
  return new Date(time).toISOString()
}
