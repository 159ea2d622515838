import { useMemo } from 'react'
import { outcomeStyle } from '@/components/outcome-style'
import type { StatusDistribution } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import { outcomeInfo } from '@/domain/outcomes'
import { formatCount } from '@/lib/format'
import { formatShare } from './format-share'
import { ChartCard } from './chart-card'
import type { ChartStatus } from './chart-state'
import { DistributionTable } from './distribution-table'
import { LegendToggles } from './legend-toggles'
import { BarList } from './bar-list'
import { outcomeConfig } from './chart-kit/chart-config'
import { OutcomeBars, statusRow } from './outcome-bars'
import { OutcomeDonut } from './outcome-donut'
import { useHiddenKeys } from './use-hidden-keys'

type Props = {
  name: string
  distribution: StatusDistribution | undefined
  status: ChartStatus
  words: { one: string; many: string; log: string; title: string }
  onOpen: (patch: Partial<LogSearch>) => void
  className?: string
}

/**
 * Where a log's records ended up: a donut of the outcome groups and bars that
 * open into vendor statuses. Records still under way are listed apart.
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
  const wholeName = `${words.many} with an outcome`
  const groups = distribution?.groups
  const shown = useMemo(
    () => (groups ?? []).filter((group) => !hidden.has(group.outcome)),
    [groups, hidden],
  )
  const inFlight = distribution?.inFlight
  const inFlightLabel = inFlight ? outcomeInfo[inFlight.outcome].label : ''
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
          {inFlight && inFlight.count > 0 ? (
            <div className="rounded-lg bg-surface-2 px-3 py-2">
              <p className="text-xs text-muted">
                <span className="font-medium text-ink">
                  {formatCount(inFlight.count)}{' '}
                  {inFlight.count === 1 ? words.one : words.many} still under way
                </span>{' '}
                ({formatShare(inFlight.share)} of all): {inFlightLabel} is not an outcome,
                so they are left out of the shares above.
              </p>
              <div className="mt-1">
                <BarList
                  label={`${inFlightLabel} statuses`}
                  config={outcomeConfig([inFlight.outcome])}
                  series={['count']}
                  max={inFlight.count}
                  rows={inFlight.statuses.map((slice) =>
                    statusRow(
                      slice,
                      inFlightLabel,
                      inFlight.outcome,
                      words,
                      `${words.many} under way`,
                      onOpen,
                    ),
                  )}
                />
              </div>
            </div>
          ) : null}
        </div>
      ) : null}
    </ChartCard>
  )
}
