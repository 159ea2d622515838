import { tzOffset } from '@date-fns/tz/tzOffset'

const minute = 60_000
const day = 24 * 60 * minute
/** Offsets are sampled this far apart; no zone changes twice within it. */
const sampleStep = 7 * day

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

const offsetMs = (timeZone: string, time: number) => {
  const minutes = tzOffset(timeZone, new Date(time))
  return Number.isFinite(minutes) ? minutes * minute : 0
}

/** Intl is slow enough to matter per request: recent timelines are kept. */
const recent = new Map<string, OffsetTimeline>()

/** The offsets over [from, to], with a week of margin each side for buckets. */
export function offsetTimeline(
  timeZone: string,
  from: number,
  to: number,
): OffsetTimeline {
  const key = `${timeZone}|${from}|${to}`
  let timeline = recent.get(key)
  if (!timeline) {
    timeline = scanTimeline(timeZone, from - sampleStep, Math.max(from, to) + sampleStep)
    if (recent.size >= 16) recent.clear()
    recent.set(key, timeline)
  }
  return timeline
}

/** Samples weekly; where two samples differ, finds the change to the minute by bisection. */
function scanTimeline(timeZone: string, from: number, to: number): OffsetTimeline {
  const starts = [-Infinity]
  const offsets = [offsetMs(timeZone, from)]
  let before = from
  let offset = offsets[0] as number
  while (before < to) {
    const after = Math.min(to, before + sampleStep)
    const next = offsetMs(timeZone, after)
    if (next !== offset) {
      let lo = before
      let hi = after
      while (hi - lo > minute) {
        const mid = lo + Math.floor((hi - lo) / 2 / minute) * minute
        if (offsetMs(timeZone, mid) === offset) lo = mid
        else hi = mid
      }
      starts.push(hi)
      offsets.push(next)
      offset = next
    }
    before = after
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
