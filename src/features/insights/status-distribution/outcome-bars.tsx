import { ChevronRight } from 'lucide-react'
import { useId, useState } from 'react'
import type { OutcomeSlice, StatusSlice } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import { capitalize, formatCount } from '@/lib/format'
import { meaningOf } from '@/domain/catalog/meaning'
import { BarList, type BarListRow } from '../chart-kit/bar-list'
import { outcomeChartConfig, seriesColor } from '../chart-kit/chart-config'
import { formatShare } from '../chart-kit/format-share'
import { ChartTooltipContent } from '../chart-kit/chart-tooltip'
import type { LogKindInfo } from '@/domain/log-kind'

type OutcomeBarsProps = {
  groups: readonly OutcomeSlice[]
  /** What the shares divide by, in words: "calls with an outcome". */
  wholeName: string
  words: LogKindInfo
  onOpen: (patch: Partial<LogSearch>) => void
}

const share = formatShare
const series = ['count'] as const

/**
 * Horizontal bars, one per outcome group, each opening into the vendor
 * statuses it holds. Every bar is a button that opens the log filtered to
 * it; counts and shares are written beside the bars, not only in tooltips.
 */
export function OutcomeBars({ groups, wholeName, words, onOpen }: OutcomeBarsProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set())
  const id = useId()
  const toggle = (key: string) =>
    setOpen((previous) => {
      const next = new Set(previous)
      if (!next.delete(key)) next.add(key)
      return next
    })
  const rows = groups.map((group): BarListRow => {
    const expanded = open.has(group.outcome)
    const info = outcomeInfo[group.outcome]
    const listId = `${id}-${group.outcome}`
    return {
      key: group.outcome,
      label: info.label,
      figure: formatCount(group.count),
      share: share(group.share),
      name: `${info.label}: ${formatCount(group.count)} ${group.count === 1 ? words.noun.one : words.noun.many}, ${share(group.share)}`,
      onClick: () => onOpen({ outcome: [group.outcome], status: undefined }),
      values: { count: group.count },
      color: seriesColor(group.outcome),
      tip: (
        <ChartTooltipContent
          title={info.label}
          color={seriesColor(group.outcome)}
          facts={[
            [capitalize(words.noun.many), formatCount(group.count)],
            [`Of ${wholeName}`, share(group.share)],
          ]}
          meaning={info.description}
          action={`Click to open the ${words.log} filtered to ${info.label}`}
        />
      ),
      lead: (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          disabled={group.statuses.length === 0}
          onClick={() => toggle(group.outcome)}
          aria-label={`${expanded ? 'Hide' : 'Show'} the statuses in ${info.label}`}
          className="flex size-6 shrink-0 items-center justify-center rounded text-muted hover:bg-surface-2 hover:text-ink disabled:opacity-30"
        >
          <ChevronRight
            aria-hidden
            className={`size-4 transition-transform ${expanded ? 'rotate-90' : ''}`}
          />
        </button>
      ),
      nested: expanded
        ? {
            id: listId,
            label: `Statuses in ${info.label}`,
            rows: group.statuses.map((slice) =>
              statusRow(slice, info.label, group.outcome, words, wholeName, onOpen),
            ),
          }
        : undefined,
    }
  })
  return <BarList rows={rows} config={outcomeChartConfig} series={series} leads />
}

/** A vendor status inside its group (or under way): a softer bar in the group's colour. */
export function statusRow(
  slice: StatusSlice,
  groupLabel: string,
  outcome: OutcomeGroup,
  words: LogKindInfo,
  wholeName: string,
  onOpen: (patch: Partial<LogSearch>) => void,
): BarListRow {
  const status = slice.status
  return {
    key: slice.key,
    label: slice.name,
    figure: formatCount(slice.count),
    share: share(slice.share),
    name: `${slice.name}: ${formatCount(slice.count)} ${slice.count === 1 ? words.noun.one : words.noun.many}, ${share(slice.share)}`,
    soft: true,
    values: { count: slice.count },
    color: seriesColor(outcome),
    onClick: status.known
      ? () => onOpen({ status: [status.key], outcome: undefined })
      : undefined,
    tip: (
      <ChartTooltipContent
        title={slice.name}
        color={seriesColor(outcome)}
        facts={[
          [capitalize(words.noun.many), formatCount(slice.count)],
          [`Of ${wholeName}`, share(slice.share)],
          [`Of ${groupLabel}`, share(slice.shareOfGroup)],
        ]}
        meaning={meaningOf(slice.status)}
        action={
          status.known
            ? `Click to open the ${words.log} filtered to ${slice.name}`
            : undefined
        }
      />
    ),
  }
}
