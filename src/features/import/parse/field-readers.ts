import { parseTimestamp } from './import-dates'
import { RowProblem, shown } from './row-problem'

/** A text field: absent, null and empty are null; numbers are written out; anything else is refused. */
export function optionalText(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  throw new RowProblem(field, `${field} ${shown(value)} is not text`)
}

/** A text field that must be there, as text: a number where text belongs is a wrong type here. */
export function requiredText(field: string, value: unknown): string {
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'object'
  ) {
    if (value !== null)
      throw new RowProblem(field, `${field} ${shown(value)} is not text`)
  }
  const text = optionalText(field, value)
  if (text === null) throw new RowProblem(field, `${field} is missing`)
  return text
}

/** A time: null when absent or empty, refused when it is not one. */
export function optionalTime(
  field: string,
  value: unknown,
  zone: 'local' | 'utc' = 'utc',
): number | null {
  const text = optionalText(field, value)
  if (text === null) return null
  const time = parseTimestamp(text, zone)
  if (Number.isNaN(time))
    throw new RowProblem(field, `${field} ${shown(value)} is not a date`)
  return time
}

/**
 * Whole seconds: "97", 97, "97.4", "1:37", "01:01:37", "97s"; absent or
 * empty is 0 (Twilio leaves duration empty for calls never answered).
 */
export function seconds(field: string, value: unknown): number {
  if (value === undefined || value === null || value === '') return 0
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0) return Math.round(value)
  } else if (typeof value === 'string') {
    const text = value.trim().replace(/\s*(s|sec|secs|seconds)$/i, '')
    if (text === '') return 0
    if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text))
    const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text)
    if (clock)
      return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3])
  }
  throw new RowProblem(field, `${field} ${shown(value)} is not a number of seconds`)
}

/** A count of at least one: "2", 2; absent, empty or 0 is 1 (Twilio sends 0 for some messages). */
export function segmentCount(field: string, value: unknown): number {
  if (value === undefined || value === null || value === '') return 1
  const count = typeof value === 'string' ? Number(value.trim()) : value
  if (typeof count === 'number' && Number.isInteger(count) && count >= 0)
    return Math.max(1, count)
  throw new RowProblem(field, `${field} ${shown(value)} is not a whole number`)
}
