import type { VolumePoint } from './histogram-paths'

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
