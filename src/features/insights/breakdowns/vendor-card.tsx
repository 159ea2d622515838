import { useMemo } from 'react'
import type { LogKindInfo } from '@/domain/log-kind'
import type { LogSearch } from '@/domain/log-search'
import { vendorName } from '@/domain/vendors'
import { formatCount, formatPercent } from '@/lib/format'
import type { ChartStatus } from '../chart-kit/chart-state'
import { outcomeKeys } from '../chart-kit/chart-config'
import { outcomeTable } from '../chart-kit/outcome-table'
import { OutcomeChartCard } from '../chart-kit/outcome-chart-card'
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
  const groups = useMemo(() => outcomeKeys(keys), [keys])
  return (
    <OutcomeChartCard
      name="calls-by-vendor"
      title={`${words.title} by vendor`}
      description="Each vendor’s outcome mix; click a name to open its log, or a segment for one outcome."
      status={status}
      className={className}
      keys={groups}
      table={() =>
        outcomeTable({
          caption: `${words.title} by vendor and outcome group; shares are of the vendor’s ${words.noun.many}.`,
          first: 'Vendor',
          groups,
          rows,
          key: (row) => row.value,
          name: (row) => vendorName(row.value),
          cell: (count, row) =>
            `${formatCount(count)} (${formatPercent(row.total > 0 ? count / row.total : 0)})`,
        })
      }
    >
      {(shown) => (
        <VendorBreakdown rows={rows} keys={shown} words={words} onOpen={onOpen} />
      )}
    </OutcomeChartCard>
  )
}
