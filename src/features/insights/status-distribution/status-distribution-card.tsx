import { useMemo } from 'react'
import type { StatusDistribution } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import type { OutcomeGroup } from '@/domain/outcomes'
import { OutcomeChartCard } from '../chart-kit/outcome-chart-card'
import type { ChartStatus } from '../chart-kit/chart-state'
import { distributionTable } from './distribution-table'
import { OutcomeBars } from './outcome-bars'
import { OutcomeDonut } from './outcome-donut'
import { SetAsideSlice } from './set-aside-slice'
import type { LogKindInfo } from '@/domain/log-kind'

type Props = {
  name: string
  distribution: StatusDistribution | undefined
  status: ChartStatus
  words: LogKindInfo
  onOpen: (patch: Partial<LogSearch>) => void
  className?: string
}

/**
 * Where a log's records ended up: a donut of the outcome groups and bars that
 * open into vendor statuses. Records still under way, and those whose status
 * the catalog does not hold, are listed apart.
 */
export function StatusDistributionCard({
  name,
  distribution,
  status,
  words,
  onOpen,
  className,
}: Props) {
  const groups = distribution?.groups
  const keys = useMemo(() => (groups ?? []).map((group) => group.outcome), [groups])
  return (
    <OutcomeChartCard
      name={name}
      title={`${words.title} by outcome`}
      description="Open a group to see the vendor statuses in it; click a bar or slice to open the log."
      status={status}
      className={className}
      keys={keys}
      table={distribution && (() => distributionTable(distribution, words))}
    >
      {(shown) =>
        distribution ? (
          <OutcomeCharts
            distribution={distribution}
            shown={shown}
            words={words}
            onOpen={onOpen}
          />
        ) : null
      }
    </OutcomeChartCard>
  )
}

type ChartsProps = {
  distribution: StatusDistribution
  shown: readonly OutcomeGroup[]
  words: LogKindInfo
  onOpen: (patch: Partial<LogSearch>) => void
}

/** The donut and the bars of the groups the legend leaves shown, then the records set aside. */
function OutcomeCharts({ distribution, shown, words, onOpen }: ChartsProps) {
  const wholeName = `${words.noun.many} with an outcome`
  const groups = useMemo(
    () => distribution.groups.filter((group) => shown.includes(group.outcome)),
    [distribution, shown],
  )
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col items-center gap-5 sm:flex-row sm:items-start">
        <OutcomeDonut
          groups={groups}
          total={distribution.outcomesTotal}
          words={words}
          wholeName={wholeName}
          onOpen={onOpen}
        />
        <div className="w-full min-w-0 flex-1">
          <OutcomeBars
            groups={groups}
            wholeName={wholeName}
            words={words}
            onOpen={onOpen}
          />
        </div>
      </div>
      <SetAsideSlice
        slice={distribution.inFlight}
        what="still under way"
        words={words}
        onOpen={onOpen}
      />
      <SetAsideSlice
        slice={distribution.notInCatalog}
        what="with a status not in the catalog"
        words={words}
        onOpen={onOpen}
      />
    </div>
  )
}
