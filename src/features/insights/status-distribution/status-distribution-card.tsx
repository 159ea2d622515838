import { useMemo } from 'react'
import { outcomeStyle } from '@/components/outcome-style'
import type { StatusDistribution } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import { outcomeInfo } from '@/domain/outcomes'
import { ChartCard } from '../chart-kit/chart-card'
import type { ChartStatus } from '../chart-kit/chart-state'
import { DistributionTable } from './distribution-table'
import { LegendToggles } from '../chart-kit/legend-toggles'
import { OutcomeBars } from './outcome-bars'
import { OutcomeDonut } from './outcome-donut'
import { SetAsideSlice } from './set-aside-slice'
import { useHiddenKeys } from '../chart-kit/use-hidden-keys'
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
  const [hidden, toggle] = useHiddenKeys()
  const wholeName = `${words.noun.many} with an outcome`
  const groups = distribution?.groups
  const shown = useMemo(
    () => (groups ?? []).filter((group) => !hidden.has(group.outcome)),
    [groups, hidden],
  )
  return (
    <ChartCard
      name={name}
      title={`${words.title} by outcome`}
      description="Open a group to see the vendor statuses in it; click a bar or slice to open the log."
      status={status}
      className={className}
      legend={
        <LegendToggles
          label="Show or hide outcome groups"
          items={(groups ?? []).map((group) => ({
            key: group.outcome,
            label: outcomeInfo[group.outcome].label,
            color: outcomeStyle(group.outcome).chart,
          }))}
          hidden={hidden}
          onToggle={toggle}
        />
      }
      table={() =>
        distribution ? (
          <DistributionTable distribution={distribution} words={words} />
        ) : null
      }
    >
      {distribution ? (
        <div className="flex flex-col gap-4">
          <div className="flex flex-col items-center gap-5 sm:flex-row sm:items-start">
            <OutcomeDonut
              groups={shown}
              total={distribution.outcomesTotal}
              words={words}
              wholeName={wholeName}
              onOpen={onOpen}
            />
            <div className="w-full min-w-0 flex-1">
              <OutcomeBars
                groups={shown}
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
      ) : null}
    </ChartCard>
  )
}
