import { useMemo, type ComponentType } from 'react'
import type { StatsFor } from '@/api/stats'
import { statusDistribution } from '@/domain/insights/status-distribution'
import { logKindInfo, type LogKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import type { TimeWindow } from '@/domain/time-range'
import { excludedReason, notAppliedNote } from './channel-notes'
import type { ChartStatus } from './chart-kit/chart-state'
import { chartStatus } from './chart-kit/chart-status'
import { StatusDistributionCard } from './status-distribution/status-distribution-card'
import type { ChannelStats } from './use-insights-stats'
import { VolumeCard } from './volume/volume-card'

/** What a log's own charts are given: its figures, where they stand, its words. */
export type LogChartsProps<K extends LogKind> = {
  data: StatsFor<K> | undefined
  status: ChartStatus
  words: LogKindInfo
  onOpen: (patch: Partial<LogSearch>) => void
}

/** Charts only one log has: one beside its outcomes, the rest under its volume. */
export type MoreCharts<K extends LogKind> = {
  beside: ComponentType<LogChartsProps<K>>
  below: ComponentType<LogChartsProps<K>>
}

type Props<K extends LogKind> = {
  stats: ChannelStats<K>
  window: TimeWindow
  onOpen: (patch: Partial<LogSearch>) => void
  more?: MoreCharts<K>
}

/**
 * A log's charts on Insights: where its records ended up and its volume over
 * time, then what only that log has (`more`). A filter the log does not have
 * is said under its heading.
 */
export function LogSection<K extends LogKind>({ stats, window, onOpen, more }: Props<K>) {
  const { view } = stats
  const words = logKindInfo[view.kind]
  const data = stats.current.data
  const figures: StatsFor<LogKind> | undefined = data
  const status = chartStatus(stats.current, {
    excludedReason: excludedReason(view),
    isEmpty: figures?.kpis.total === 0,
    emptyMessage: `No ${words.noun.many} match these filters in this time range.`,
  })
  const distribution = useMemo(
    () => (figures ? statusDistribution(words.channel, figures.byStatus) : undefined),
    [figures, words],
  )
  const note = notAppliedNote(view)
  const charts: LogChartsProps<K> = { data, status, words, onOpen }
  const volume = (
    <VolumeCard
      name={`${view.kind}-over-time`}
      series={figures?.series}
      interval={figures?.range.interval ?? 'day'}
      window={window}
      status={status}
      words={words}
      onOpen={onOpen}
    />
  )
  return (
    <section aria-labelledby={`insights-${view.kind}`} className="flex flex-col gap-4">
      <div>
        <h2 id={`insights-${view.kind}`} className="text-base font-semibold">
          {words.title}
        </h2>
        {note ? <p className="mt-0.5 text-xs text-muted">{note}</p> : null}
      </div>
      <div className={`grid gap-4 ${more ? 'xl:grid-cols-5' : 'xl:grid-cols-2'}`}>
        <StatusDistributionCard
          name={`${view.kind}-by-outcome`}
          distribution={distribution}
          status={status}
          words={words}
          onOpen={onOpen}
          className={more ? 'xl:col-span-3' : undefined}
        />
        {more ? <more.beside {...charts} /> : volume}
      </div>
      {more ? (
        <>
          {volume}
          <more.below {...charts} />
        </>
      ) : null}
    </section>
  )
}
