import type { GroupRow } from '@/api/stats-schema'
import { capitalize, formatCount } from '@/lib/format'
import { answerRate, formatRate } from './answer-rate'
import { SeriesChartCard } from '../chart-kit/series-chart-card'
import type { ChartStatus } from '../chart-kit/chart-state'
import { GroupBars, groupConfig, groupSeries } from './group-bars'
import type { LogKindInfo } from '@/domain/log-kind'

type Props = {
  name: string
  title: string
  noun: string
  rows: readonly GroupRow[] | undefined
  status: ChartStatus
  words: LogKindInfo
  onOpen: (value: string) => void
}

/** Calls per agent or source, with the share answered. */
export function GroupCard({
  name,
  title,
  noun,
  rows = [],
  status,
  words,
  onOpen,
}: Props) {
  return (
    <SeriesChartCard
      name={name}
      title={title}
      description={`Largest first; click ${noun === 'agent' ? 'an' : 'a'} ${noun} to open its calls.`}
      status={status}
      config={groupConfig}
      keys={groupSeries}
      legendLabel="Show or hide parts of the bars"
      table={() => ({
        caption: `${title}: calls, answered calls and the share answered.`,
        numericFrom: 1,
        head: [capitalize(noun), 'Calls', 'Answered', 'Share answered'],
        rows: [...rows]
          .sort((a, b) => b.total - a.total)
          .map((row) => ({
            key: row.value,
            cells: [
              row.label ?? row.value,
              formatCount(row.total),
              formatCount(row.answered),
              formatRate(answerRate(row)),
            ],
          })),
      })}
    >
      {(shown) => (
        <GroupBars rows={rows} noun={noun} series={shown} words={words} onOpen={onOpen} />
      )}
    </SeriesChartCard>
  )
}
