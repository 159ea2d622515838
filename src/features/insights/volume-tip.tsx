import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { outcomeStyle } from '@/components/outcome-style'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import { formatCount, formatPercent } from '@/lib/format'
import { bucketLabel } from './bucket-label'
import { tipSurfaceClass } from './chart-tip'
import { barSegments, besideBar } from './volume-geometry'
import { TipBody } from './tip-body'

/** The bar under the pointer (and the part of it) or under the keyboard's focus. */
export type ActiveBar = { index: number; key?: OutcomeGroup; by: 'pointer' | 'keyboard' }

type Props = {
  active: ActiveBar
  point: SeriesPoint
  /** Bars in the chart: places the tip over its bar. */
  count: number
  keys: readonly OutcomeGroup[]
  interval: StatsInterval
  words: { many: string; log: string }
}

/**
 * The tooltip of a volume bar: the part under the pointer with its meaning,
 * or, for a bar the keyboard is on, each group's count in it. It sits beside
 * the bar, towards the middle of the chart, so it never hides the bar.
 */
export function VolumeTip({ active, point, count, keys, interval, words }: Props) {
  const segments = barSegments(point, keys)
  const segment = segments.find((s) => s.key === active.key)
  const share = (n: number) => (point.total > 0 ? formatPercent(n / point.total) : '–')
  const when = bucketLabel(point.time, interval)
  const key = active.key
  return (
    <div
      aria-hidden
      className={`pointer-events-none absolute top-0 z-20 w-64 ${tipSurfaceClass}`}
      style={besideBar(active.index, count)}
    >
      {key && segment ? (
        <TipBody
          title={`${outcomeInfo[key].label} · ${when}`}
          color={outcomeStyle(key).chart}
          facts={[
            [outcomeInfo[key].label, formatCount(segment.count)],
            ['Of the interval', share(segment.count)],
            [`All ${words.many}`, formatCount(point.total)],
          ]}
          meaning={outcomeInfo[key].description}
          action={`Click to open the ${words.log} for this ${interval}, filtered to ${outcomeInfo[key].label}`}
        />
      ) : (
        <TipBody
          title={`${when} · ${formatCount(point.total)} ${words.many}`}
          facts={segments.map((s) => [
            outcomeInfo[s.key].label,
            `${formatCount(s.count)} · ${share(s.count)}`,
          ])}
          action={`${active.by === 'keyboard' ? 'Press Enter' : 'Click'} to open the ${words.log} for this ${interval}`}
        />
      )}
    </div>
  )
}
