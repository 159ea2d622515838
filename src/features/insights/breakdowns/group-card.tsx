import type { GroupRow } from '@/api/stats-schema'
import { outcomeStyle } from '@/components/outcome-style'
import { capitalize, formatCount } from '@/lib/format'
import { answerRate, formatRate } from './answer-rate'
import { SeriesChartCard } from '../chart-kit/series-chart-card'
import type { ChartStatus } from '../chart-kit/chart-state'
import { ChartTable } from '../chart-kit/chart-table'
import type { ChartConfig } from '../chart-kit/chart-config'
import { GroupBars, type GroupSeries } from './group-bars'
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

const config: ChartConfig<GroupSeries> = {
  answered: { label: 'Answered', color: outcomeStyle('connected').chart },
  other: { label: 'Other', color: 'var(--line-strong)' },
}
const series: readonly GroupSeries[] = ['answered', 'other']

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
      config={config}
      keys={series}
      legendLabel="Show or hide parts of the bars"
      table={() => (
        <ChartTable
          caption={`${title}: calls, answered calls and the share answered.`}
          numericFrom={1}
          head={[capitalize(noun), 'Calls', 'Answered', 'Share answered']}
          rows={[...rows]
            .sort((a, b) => b.total - a.total)
            .map((row) => ({
              key: row.value,
              cells: [
                row.label ?? row.value,
                formatCount(row.total),
                formatCount(row.answered),
                formatRate(answerRate(row)),
              ],
            }))}
        />
      )}
    >
      {(shown) => (
        <GroupBars
          rows={rows}
          noun={noun}
          config={config}
          series={shown}
          words={words}
          onOpen={onOpen}
        />
      )}
    </SeriesChartCard>
  )
}
