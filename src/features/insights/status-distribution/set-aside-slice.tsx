import type { OutcomeSlice } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import { outcomeInfo } from '@/domain/outcomes'
import { formatCount } from '@/lib/format'
import { BarList } from '../chart-kit/bar-list'
import { outcomeChartConfig } from '../chart-kit/chart-config'
import { formatShare } from '../chart-kit/format-share'
import { statusRow } from './outcome-bars'

type Props = {
  slice: OutcomeSlice
  /** What the records are, after their count: "still under way". */
  what: string
  words: Parameters<typeof statusRow>[3]
  onOpen: (patch: Partial<LogSearch>) => void
}

/**
 * Records kept out of the outcome shares (still under way, or with a status
 * the catalog does not hold), counted apart with their statuses.
 */
export function SetAsideSlice({ slice, what, words, onOpen }: Props) {
  if (slice.count === 0) return null
  const label = outcomeInfo[slice.outcome].label
  return (
    <div className="rounded-lg bg-surface-2 px-3 py-2">
      <p className="text-xs text-muted">
        <span className="font-medium text-ink">
          {formatCount(slice.count)}{' '}
          {slice.count === 1 ? words.noun.one : words.noun.many} {what}
        </span>{' '}
        ({formatShare(slice.share)} of all): {label} is not an outcome, so they are left
        out of the shares above.
      </p>
      <div className="mt-1">
        <BarList
          label={`${label} statuses`}
          config={outcomeChartConfig}
          series={['count']}
          max={slice.count}
          rows={slice.statuses.map((status) =>
            statusRow(
              status,
              label,
              slice.outcome,
              words,
              `${words.noun.many} ${what}`,
              onOpen,
            ),
          )}
        />
      </div>
    </div>
  )
}
