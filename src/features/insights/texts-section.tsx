import { useMemo } from 'react'
import { statusDistribution } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import type { TimeWindow } from '@/domain/time-range'
import { excludedReason, notAppliedNote } from './channel-notes'
import { channelWords } from './channel-words'
import { chartStatus } from './chart-kit/chart-status'
import { StatusDistributionCard } from './status-distribution/status-distribution-card'
import type { ChannelStats } from './use-insights-stats'
import { VolumeCard } from './volume/volume-card'

type Props = {
  stats: ChannelStats<'texts'>
  window: TimeWindow
  onOpen: (patch: Partial<LogSearch>) => void
}

const words = channelWords.texts

/** The Text Log's charts: outcomes and volume (texts come from CTM alone). */
export function TextsSection({ stats, window, onOpen }: Props) {
  const data = stats.current.data
  const status = chartStatus(stats.current, {
    excludedReason: excludedReason(stats.view),
    isEmpty: data?.kpis.total === 0,
    emptyMessage: `No ${words.many} match these filters in this time range.`,
  })
  const distribution = useMemo(
    () => (data ? statusDistribution('text', data.byStatus) : undefined),
    [data],
  )
  const note = notAppliedNote(stats.view)
  return (
    <section aria-labelledby="insights-texts" className="flex flex-col gap-4">
      <div>
        <h2 id="insights-texts" className="text-base font-semibold">
          Texts
        </h2>
        {note ? <p className="mt-0.5 text-xs text-muted">{note}</p> : null}
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <StatusDistributionCard
          name="texts-by-outcome"
          distribution={distribution}
          status={status}
          words={words}
          onOpen={onOpen}
        />
        <VolumeCard
          name="texts-over-time"
          series={data?.series}
          interval={data?.range.interval ?? 'day'}
          window={window}
          status={status}
          words={words}
          onOpen={onOpen}
        />
      </div>
    </section>
  )
}
