import type { TimeWindow } from '../time-range'

/** A bar of a volume histogram: the interval it counts, epoch ms, `end` exclusive. */
export type TimeBucket = { start: number; end: number }

/**
 * The time range a brush across bars `a` to `b` (in either order, inclusive)
 * selects, kept inside the window the chart shows: the first and last bars
 * may reach past it (a day bar starts at midnight), and narrowing must never
 * widen the range. Null when there is nothing to select.
 */
export function brushWindow(
  buckets: readonly TimeBucket[],
  a: number,
  b: number,
  shown: TimeWindow,
): TimeWindow | null {
  const first = buckets[Math.min(a, b)]
  const last = buckets[Math.max(a, b)]
  if (!first || !last) return null
  const from = Math.max(first.start, shown.from)
  const to = Math.min(last.end, shown.to)
  return from < to ? { from, to } : null
}

/** A window as the URL's custom range. */
export function windowSearch(window: TimeWindow): { from: string; to: string } {
  return {
    from: new Date(window.from).toISOString(),
    to: new Date(window.to).toISOString(),
  }
}
