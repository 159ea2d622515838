import type { StatsInterval } from '@/api/stats-schema'
import { offsetAt, utcOfLocal, type OffsetTimeline } from '../time/offset-timeline'

const hour = 3_600_000
const day = 24 * hour
const week = 7 * day

export const intervalMs: Record<StatsInterval, number> = { hour, day, week }

/** More buckets than this and a chart is unreadable; the API refuses. */
export const maxBuckets = 5_000

export function bucketCountEstimate(
  interval: StatsInterval,
  from: number,
  to: number,
): number {
  return Math.ceil((to - from) / intervalMs[interval]) + 1
}

/** The local start of the interval holding `time`: hour, midnight, or Monday midnight. */
function floorLocal(interval: StatsInterval, local: number): number {
  if (interval === 'hour') return Math.floor(local / hour) * hour
  const midnight = Math.floor(local / day) * day
  if (interval === 'day') return midnight
  // 1970-01-01 was a Thursday: three days after a Monday.
  const weekday = (((Math.floor(local / day) + 3) % 7) + 7) % 7
  return midnight - weekday * day
}

/**
 * Bucket boundaries (UTC ms) in a time zone, covering [from, to): the first
 * at or before `from`, the last at or after `to`, at least one bucket. Days
 * and weeks start at local midnight, so a DST day has 23 or 25 hours.
 */
export function bucketBounds(
  interval: StatsInterval,
  timeline: OffsetTimeline,
  from: number,
  to: number,
): number[] {
  const step = intervalMs[interval]
  const firstLocal = floorLocal(interval, from + offsetAt(timeline, from))
  const bounds = [utcOfLocal(timeline, firstLocal)]
  let local = firstLocal
  for (;;) {
    const last = bounds[bounds.length - 1] as number
    if (last >= to && bounds.length > 1) return bounds
    let next: number
    if (interval === 'hour') {
      // Hours go by in UTC (a repeated local hour is its own bucket) …
      next = last + hour
      // … realigned where a zone's offset moves by part of an hour.
      const aligned = utcOfLocal(
        timeline,
        floorLocal('hour', next + offsetAt(timeline, next)),
      )
      if (aligned > last) next = aligned
    } else {
      local += step
      next = utcOfLocal(timeline, local)
      if (next <= last) next = last + step
    }
    bounds.push(next)
  }
}
