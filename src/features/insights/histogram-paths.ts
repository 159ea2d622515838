/** A bucket of a log's volume: its total and its count per outcome group. */
export type VolumePoint = { total: number; counts: Record<string, number> }

export type HistogramGeometry = {
  /** Units per bar in the SVG's viewBox; the bar is that less the gap. */
  step: number
  gap: number
  height: number
  /** The count at the plot's top; the tallest bar's total when left out. */
  top?: number
}

/**
 * One SVG path per outcome group, each holding that group's part of every
 * bar, stacked in `keys` order from the bottom. A 90-day histogram is then
 * eight elements, not 720 rectangles.
 */
export function stackedPaths(
  points: readonly VolumePoint[],
  keys: readonly string[],
  { step, gap, height, top }: HistogramGeometry,
): { key: string; d: string }[] {
  const max = top ?? Math.max(0, ...points.map((point) => point.total))
  if (max === 0) return []
  const scale = height / max
  const width = Math.max(step - gap, step * 0.5)
  const base = points.map(() => height)
  return keys
    .map((key) => {
      let d = ''
      points.forEach((point, i) => {
        const count = point.counts[key] ?? 0
        if (count <= 0) return
        const h = count * scale
        const top = (base[i] ?? height) - h
        base[i] = top
        d += `M${round(i * step + gap / 2)} ${round(top)}h${round(width)}v${round(h)}h${round(-width)}z`
      })
      return { key, d }
    })
    .filter((path) => path.d !== '')
}

const round = (n: number) => Math.round(n * 100) / 100
