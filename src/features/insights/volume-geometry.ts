import type { VolumePoint } from './histogram-paths'

/**
 * Whole-number ticks for a count axis from 0 to at least `max`, about
 * `target` steps of 1, 2, 2.5 or 5 × a power of ten: 870 → 0, 250 … 1,000.
 * The last tick is the axis's top, so bars scale to it.
 */
export function countTicks(max: number, target = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1]
  const raw = max / Math.max(1, target)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const steps = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10]
  const step = Math.max(1, (steps.find((s) => s * magnitude >= raw) ?? 10) * magnitude)
  const top = Math.ceil(max / step) * step
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)
}

/** Which bars get a date under them: every `step`th from the first, at most `most`. */
export function tickIndexes(count: number, most: number): number[] {
  if (count <= 0) return []
  const step = Math.max(1, Math.ceil(count / Math.max(1, most)))
  return Array.from({ length: Math.ceil(count / step) }, (_, i) => i * step)
}

/** A group's part of one stacked bar, from `from` to `to` in counts, bottom up. */
export type Segment<K extends string> = {
  key: K
  count: number
  from: number
  to: number
}

/** A bar's parts, stacked from the bottom in `keys` order; groups with nothing are left out. */
export function barSegments<K extends string>(
  point: VolumePoint,
  keys: readonly K[],
): Segment<K>[] {
  const segments: Segment<K>[] = []
  let base = 0
  for (const key of keys) {
    const count = point.counts[key] ?? 0
    if (count <= 0) continue
    segments.push({ key, count, from: base, to: base + count })
    base += count
  }
  return segments
}

/** The part of a bar at height `value` (in counts), if the bar reaches it. */
export function segmentAt<K extends string>(
  point: VolumePoint,
  keys: readonly K[],
  value: number,
): Segment<K> | undefined {
  return barSegments(point, keys).find((s) => value >= s.from && value < s.to)
}

/** Where a bar's tooltip goes: right of a bar in the chart's left half, left of one in its right half. */
export function besideBar(
  index: number,
  count: number,
): { left?: string; right?: string } {
  const gap = 8
  return index + 0.5 < count / 2
    ? { left: `calc(${((index + 1) / count) * 100}% + ${gap}px)` }
    : { right: `calc(${((count - index) / count) * 100}% + ${gap}px)` }
}
