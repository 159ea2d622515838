import type { SeriesPoint } from '@/api/stats-schema'
import { outcomeOrder } from '@/domain/insights/outcome-order'
import type { TimeBucket } from '@/domain/insights/time-brush'
import { isOutcomeGroup } from '@/domain/outcomes'
import { outcomeChartConfig, type ChartConfig } from '../chart-kit/chart-config'

/** The series' labels and colours: an unknown group from the wire still shows, in a neutral colour. */
export function histogramConfig(keys: readonly string[]): ChartConfig {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      isOutcomeGroup(key)
        ? outcomeChartConfig[key]
        : { label: key, color: 'var(--faint)' },
    ]),
  )
}

const noSeries = { keys: [] as string[], points: [] as SeriesPoint[] }

/** What an answer's series draws as: the rows, the stacking order, each bar's span, the total. */
export function histogramData(
  series: { keys: string[]; points: SeriesPoint[] } = noSeries,
) {
  const { points } = series
  const keys = outcomeOrder(series.keys)
  return {
    rows: points,
    keys,
    config: histogramConfig(keys),
    buckets: points.map((p): TimeBucket => ({ start: p.time, end: Date.parse(p.end) })),
    total: points.reduce((sum, p) => sum + p.total, 0),
  }
}

export type HistogramData = ReturnType<typeof histogramData>

/**
 * Past this many rectangles a stacked `<Bar>` per series costs too much:
 * recharts makes a React element of each (~1 ms apiece on 2 cores, 168
 * hours × 8 groups took ~1.4 s); one `<Bar>` whose columns draw their own
 * segments is about 5× faster. A week of days (≤ 60) still stacks as recharts users expect.
 */
const stackedBarsUpTo = 60

export const drawsAsColumns = (buckets: number, series: number) =>
  buckets * series > stackedBarsUpTo

type Segment = { key: string; y: number; height: number }

/**
 * A column's parts, stacked from the bottom in `keys` order, in the box
 * recharts gives its total (`y` is the top, as in SVG). Empty parts are left out.
 */
export function columnSegments(
  counts: Readonly<Record<string, number>>,
  keys: readonly string[],
  box: { y: number; height: number },
): Segment[] {
  const total = keys.reduce((sum, key) => sum + Math.max(0, counts[key] ?? 0), 0)
  if (total <= 0 || !(box.height > 0)) return []
  const scale = box.height / total
  let bottom = box.y + box.height
  const segments: Segment[] = []
  for (const key of keys) {
    const count = counts[key] ?? 0
    if (count <= 0) continue
    const height = count * scale
    bottom -= height
    segments.push({ key, y: bottom, height })
  }
  return segments
}
