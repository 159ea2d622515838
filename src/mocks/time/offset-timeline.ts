import { tzOffset } from '@date-fns/tz/tzOffset'
import { tzScan } from '@date-fns/tz/tzScan'

const minute = 60_000

/**
 * A time zone's UTC offset over a range, as the instants it changes at. Asking
 * Intl once per record would be far too slow; offsets change twice a year.
 */
export type OffsetTimeline = {
  /** Ascending; starts[0] is -Infinity. */
  starts: number[]
  /** Offset in ms from UTC (local = utc + offset) from each start on. */
  offsets: number[]
}

export function offsetTimeline(
  timeZone: string,
  from: number,
  to: number,
): OffsetTimeline {
  const first = tzOffset(timeZone, new Date(from)) * minute
  const starts = [-Infinity]
  const offsets = [Number.isFinite(first) ? first : 0]
  if (to > from) {
    // A day of margin on each side: buckets start before `from` and end after `to`.
    const changes = tzScan(timeZone, {
      start: new Date(from - 86_400_000),
      end: new Date(to + 8 * 86_400_000),
    })
    for (const change of changes) {
      const at = change.date.getTime()
      if (at <= from - 86_400_000) continue
      starts.push(at)
      offsets.push(change.offset * minute)
    }
    if (starts.length > 1)
      offsets[0] = tzOffset(timeZone, new Date(from - 86_400_000)) * minute
  }
  return { starts, offsets }
}

/** The offset in force at `time`. */
export function offsetAt(timeline: OffsetTimeline, time: number): number {
  const { starts, offsets } = timeline
  let k = starts.length - 1
  while (k > 0 && (starts[k] as number) > time) k--
  return offsets[k] as number
}

/** The UTC instant of a local wall-clock time (local ms as if it were UTC). */
export function utcOfLocal(timeline: OffsetTimeline, local: number): number {
  const guess = local - offsetAt(timeline, local)
  return local - offsetAt(timeline, guess)
}

/** The zone's canonical name ("utc" → "UTC"), or null when Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
  if (name.trim() === '' || name.length > 64) return null
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
}
