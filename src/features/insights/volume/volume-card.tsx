import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { useMemo } from 'react'
import type { LogSearch } from '@/domain/log-search'
import { outcomeOrder } from '@/domain/insights/outcome-order'
import { isOutcomeGroup, outcomeInfo } from '@/domain/outcomes'
import type { TimeWindow } from '@/domain/time-range'
import { capitalize, formatCount } from '@/lib/format'
import { bucketLabel, intervalAdjective } from '../chart-kit/bucket-label'
import { SeriesChartCard } from '../chart-kit/series-chart-card'
import type { ChartStatus } from '../chart-kit/chart-state'
import { ChartTable } from '../chart-kit/chart-table'
import { outcomeConfig } from '../chart-kit/chart-config'
import { VolumeChart } from './volume-chart'
import { useDisplayZone } from '@/lib/display-zone'
import type { LogKindInfo } from '@/domain/log-kind'

type Props = {
  name: string
  series: { keys: string[]; points: SeriesPoint[] } | undefined
  interval: StatsInterval
  window: TimeWindow
  status: ChartStatus
  words: LogKindInfo
  onOpen: (patch: Partial<LogSearch>) => void
}

/** Records over time, stacked by outcome group, with the figures as a table. */
export function VolumeCard({
  name,
  series,
  interval,
  window,
  status,
  words,
  onOpen,
}: Props) {
  const { formatZone } = useDisplayZone()
  const keys = useMemo(
    () => outcomeOrder((series?.keys ?? []).filter(isOutcomeGroup)),
    [series],
  )
  const config = useMemo(() => outcomeConfig(keys), [keys])
  const points = useMemo(() => series?.points ?? [], [series])
  const total = points.reduce((sum, point) => sum + point.total, 0)
  const busiest = points.reduce<SeriesPoint | undefined>(
    (best, point) => (best === undefined || point.total > best.total ? point : best),
    undefined,
  )
  const summary = busiest
    ? `${intervalAdjective[interval]} ${words.noun.many}: ${formatCount(total)} in ${points.length} ${interval}s; the busiest, ${bucketLabel(busiest.time, interval, formatZone)}, had ${formatCount(busiest.total)}.`
    : `No ${words.noun.many}.`
  return (
    <SeriesChartCard
      name={name}
      title={`${words.title} over time`}
      description={`${intervalAdjective[interval]}, stacked by outcome group. Click a bar to open that ${interval} in the ${words.log}.`}
      status={status}
      config={config}
      keys={keys}
      table={() => (
        <ChartTable
          caption={summary}
          numericFrom={1}
          head={[
            capitalize(interval),
            ...keys.map((key) => outcomeInfo[key].label),
            'Total',
          ]}
          rows={points.map((point) => ({
            key: point.start,
            cells: [
              bucketLabel(point.time, interval, formatZone),
              ...keys.map((key) => formatCount(point.counts[key] ?? 0)),
              formatCount(point.total),
            ],
          }))}
        />
      )}
    >
      {(shown) => (
        <VolumeChart
          points={points}
          config={config}
          keys={shown}
          interval={interval}
          window={window}
          summary={summary}
          words={words}
          onOpen={onOpen}
        />
      )}
    </SeriesChartCard>
  )
}
