import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { useMemo } from 'react'
import type { LogSearch } from '@/domain/log-search'
import type { TimeWindow } from '@/domain/time-range'
import { capitalize, formatCount } from '@/lib/format'
import { bucketLabel, intervalAdjective } from '../chart-kit/bucket-label'
import { OutcomeChartCard } from '../chart-kit/outcome-chart-card'
import type { ChartStatus } from '../chart-kit/chart-state'
import { outcomeKeys } from '../chart-kit/chart-config'
import { outcomeTable } from '../chart-kit/outcome-table'
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
  const keys = useMemo(() => outcomeKeys(series?.keys ?? []), [series])
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
    <OutcomeChartCard
      name={name}
      title={`${words.title} over time`}
      description={`${intervalAdjective[interval]}, stacked by outcome group. Click a bar to open that ${interval} in the ${words.log}.`}
      status={status}
      keys={keys}
      table={() =>
        outcomeTable({
          caption: summary,
          first: capitalize(interval),
          groups: keys,
          rows: points,
          key: (point) => point.start,
          name: (point) => bucketLabel(point.time, interval, formatZone),
        })
      }
    >
      {(shown) => (
        <VolumeChart
          points={points}
          keys={shown}
          interval={interval}
          window={window}
          summary={summary}
          words={words}
          onOpen={onOpen}
        />
      )}
    </OutcomeChartCard>
  )
}
