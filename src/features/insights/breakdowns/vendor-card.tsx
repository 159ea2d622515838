import { useMemo } from 'react'
import type { LogKindInfo } from '@/domain/log-kind'
import type { LogSearch } from '@/domain/log-search'
import { outcomeOrder } from '@/domain/insights/outcome-order'
import { isOutcomeGroup, outcomeInfo } from '@/domain/outcomes'
import { vendorName } from '@/domain/vendors'
import { formatCount, formatPercent } from '@/lib/format'
import type { ChartStatus } from '../chart-kit/chart-state'
import { ChartTable } from '../chart-kit/chart-table'
import { outcomeConfig } from '../chart-kit/chart-config'
import { SeriesChartCard } from '../chart-kit/series-chart-card'
import { VendorBreakdown, type VendorRow } from './vendor-breakdown'

type Props = {
  rows: readonly VendorRow[] | undefined
  keys: readonly string[] | undefined
  status: ChartStatus
  words: LogKindInfo
  onOpen: (patch: Partial<LogSearch>) => void
  className?: string
}

/** How each vendor's calls ended, side by side. */
export function VendorCard({
  rows = [],
  keys = [],
  status,
  words,
  onOpen,
  className,
}: Props) {
  const groups = useMemo(() => outcomeOrder(keys.filter(isOutcomeGroup)), [keys])
  const config = useMemo(() => outcomeConfig(groups), [groups])
  return (
    <SeriesChartCard
      name="calls-by-vendor"
      title={`${words.title} by vendor`}
      description="Each vendor’s outcome mix; click a name to open its log, or a segment for one outcome."
      status={status}
      className={className}
      config={config}
      keys={groups}
      table={() => (
        <ChartTable
          caption={`${words.title} by vendor and outcome group; shares are of the vendor’s ${words.noun.many}.`}
          numericFrom={1}
          head={['Vendor', ...groups.map((key) => outcomeInfo[key].label), 'Total']}
          rows={rows.map((row) => ({
            key: row.value,
            cells: [
              vendorName(row.value),
              ...groups.map((key) => {
                const count = row.counts[key] ?? 0
                return `${formatCount(count)} (${formatPercent(row.total > 0 ? count / row.total : 0)})`
              }),
              formatCount(row.total),
            ],
          }))}
        />
      )}
    >
      {(shown) => (
        <VendorBreakdown
          rows={rows}
          config={config}
          keys={shown}
          words={words}
          onOpen={onOpen}
        />
      )}
    </SeriesChartCard>
  )
}
