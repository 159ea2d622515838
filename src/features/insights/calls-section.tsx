import { useMemo } from 'react'
import { statusDistribution } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import type { TimeWindow } from '@/domain/time-range'
import { excludedReason } from './channel-notes'
import { channelWords } from './channel-words'
import { chartStatus } from './chart-kit/chart-status'
import { GroupCard } from './breakdowns/group-card'
import { heatGrid } from './heat-map/heat-cells'
import { HeatMapCard } from './heat-map/heat-map-card'
import { StatusDistributionCard } from './status-distribution/status-distribution-card'
import type { ChannelStats } from './use-insights-stats'
import { VendorCard } from './breakdowns/vendor-card'
import { VolumeCard } from './volume/volume-card'

type Props = {
  stats: ChannelStats<'calls'>
  window: TimeWindow
  onOpen: (patch: Partial<LogSearch>) => void
}

const words = channelWords.calls

/** The Activity Log's charts: outcomes, volume, vendors, agents, sources, heat map. */
export function CallsSection({ stats, window, onOpen }: Props) {
  const data = stats.current.data
  const status = chartStatus(stats.current, {
    excludedReason: excludedReason(stats.view),
    isEmpty: data?.kpis.total === 0,
    emptyMessage: `No ${words.many} match these filters in this time range.`,
  })
  const distribution = useMemo(
    () => (data ? statusDistribution('call', data.byStatus) : undefined),
    [data],
  )
  const grid = useMemo(
    () =>
      data
        ? heatGrid(
            data.heatmap.map((c) => ({ ...c, success: c.answered, base: c.final })),
          )
        : undefined,
    [data],
  )
  return (
    <section aria-labelledby="insights-calls" className="flex flex-col gap-4">
      <h2 id="insights-calls" className="text-base font-semibold">
        Calls
      </h2>
      <div className="grid gap-4 xl:grid-cols-5">
        <StatusDistributionCard
          name="calls-by-outcome"
          distribution={distribution}
          status={status}
          words={words}
          onOpen={onOpen}
          className="xl:col-span-3"
        />
        <VendorCard
          rows={data?.byVendor}
          keys={data?.series.keys}
          status={status}
          words={words}
          onOpen={onOpen}
          className="xl:col-span-2"
        />
      </div>
      <VolumeCard
        name="calls-over-time"
        series={data?.series}
        interval={data?.range.interval ?? 'day'}
        window={window}
        status={status}
        words={words}
        onOpen={onOpen}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <GroupCard
          name="calls-by-agent"
          title="Calls by agent"
          noun="agent"
          rows={data?.byAgent}
          status={status}
          words={words}
          onOpen={(agent) => onOpen({ agent: [agent] })}
        />
        <GroupCard
          name="calls-by-source"
          title="Calls by source"
          noun="source"
          rows={data?.bySource}
          status={status}
          words={words}
          onOpen={(source) => onOpen({ source: [source] })}
        />
      </div>
      <HeatMapCard grid={grid} status={status} words={words} />
    </section>
  )
}
