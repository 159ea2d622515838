import type { StatsInterval } from '@/api/stats-schema'
import { formatCount, formatPercent, pluralize } from '@/lib/format'
import { useDisplayZone } from '@/lib/display-zone'
import { bucketLabel } from '../chart-kit/bucket-label'
import { tipSurfaceClass } from '../chart-kit/chart-tooltip'
import type { ChartConfig } from '../chart-kit/chart-config'
import type { Noun } from '@/domain/log-kind'

type HistogramTipProps = {
  /** The bar's figures: recharts' tooltip payload carries the row whatever `<Bar>` drew it. */
  row: { time: number; total: number; counts: Record<string, number> }
  keys: readonly string[]
  config: ChartConfig
  interval: StatsInterval
  noun: Noun
  by: 'pointer' | 'keyboard'
}

/** A bar's tooltip: when, how many, and each series' count and share of the bar. */
export function HistogramTip({
  row,
  keys,
  config,
  interval,
  noun,
  by,
}: HistogramTipProps) {
  const { formatZone } = useDisplayZone()
  const shown = keys.filter((key) => (row.counts[key] ?? 0) > 0)
  return (
    <div aria-hidden className={`pointer-events-none w-max max-w-64 ${tipSurfaceClass}`}>
      <p className="font-semibold">
        {bucketLabel(row.time, interval, formatZone)} ·{' '}
        {pluralize(row.total, noun.one, noun.many)}
      </p>
      <dl className="mt-1 grid grid-cols-[auto_auto_auto] gap-x-3">
        {shown.map((key) => {
          const count = row.counts[key] ?? 0
          return (
            <div key={key} className="contents" data-series={key}>
              <dt className="flex items-center gap-1.5 text-muted">
                <span
                  className="size-2 shrink-0 rounded-sm"
                  style={{ background: config[key]?.color }}
                />
                <bdi>{config[key]?.label ?? key}</bdi>
              </dt>
              <dd className="text-right tabular-nums">{formatCount(count)}</dd>
              <dd className="text-right text-muted tabular-nums">
                {formatPercent(count / row.total)}
              </dd>
            </div>
          )
        })}
      </dl>
      <p className="mt-1 border-t border-line pt-1 text-faint">
        {by === 'keyboard' ? 'Enter' : 'Click or drag'} to narrow the range
      </p>
    </div>
  )
}
