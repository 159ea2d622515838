import { useState } from 'react'
import type { GroupRow } from '@/api/stats-schema'
import { outcomeStyle } from '@/components/outcome-style'
import { outcomeInfo } from '@/domain/outcomes'
import { capitalize, formatCount, formatPercent } from '@/lib/format'
import { answerRate } from './answer-rate'
import { BarList, type BarListRow } from '../chart-kit/bar-list'
import type { ChartConfig } from '../chart-kit/chart-config'
import { ChartTooltipContent } from '../chart-kit/chart-tooltip'
import type { LogKindInfo } from '@/domain/log-kind'

export type GroupSeries = 'answered' | 'other'

/** A bar's parts, left to right: the answered calls in the Connected colour, then the rest. */
export const groupSeries: readonly GroupSeries[] = ['answered', 'other']
export const groupConfig: ChartConfig<GroupSeries> = {
  answered: { label: 'Answered', color: outcomeStyle('connected').chart },
  other: { label: 'Other', color: 'var(--line-strong)' },
}

type Props = {
  rows: readonly GroupRow[]
  /** "agent", "source": names the rows in words. */
  noun: string
  /** The parts of the bars shown, left to right. */
  series: readonly GroupSeries[]
  words: LogKindInfo
  onOpen: (value: string) => void
}

const firstRows = 8

/**
 * Calls per agent or per source, largest first: the answered part in the
 * Connected colour, the rest after it. The longest lists show their top
 * rows until asked for all.
 */
export function GroupBars({ rows, noun, series, words, onOpen }: Props) {
  const [all, setAll] = useState(false)
  const sorted = rows
    .filter((row) => row.total > 0)
    .sort(
      (a, b) =>
        b.total - a.total || (a.label ?? a.value).localeCompare(b.label ?? b.value),
    )
  const shown = all ? sorted : sorted.slice(0, firstRows)
  const max = Math.max(1, ...sorted.map((row) => row.total))
  const bars = shown.map((row): BarListRow => {
    const name = row.label ?? row.value
    const rate = answerRate(row) ?? 0
    return {
      key: row.value,
      label: name,
      figure: formatCount(row.total),
      share: formatPercent(rate),
      name: `${name}: ${formatCount(row.total)} ${words.noun.many}, ${formatPercent(rate)} answered`,
      onClick: () => onOpen(row.value),
      values: { answered: row.answered, other: row.total - row.answered },
      tip: (
        <ChartTooltipContent
          title={name}
          facts={[
            [capitalize(words.noun.many), formatCount(row.total)],
            ['Answered', formatCount(row.answered)],
            ['Answered share', formatPercent(rate)],
          ]}
          meaning={`Answered: ${outcomeInfo.connected.description}`}
          action={`Click to open the ${words.log} for this ${noun}`}
        />
      ),
    }
  })
  return (
    <div className="flex flex-col gap-1">
      <BarList rows={bars} config={groupConfig} series={series} max={max} />
      {sorted.length > firstRows ? (
        <button
          type="button"
          onClick={() => setAll((on) => !on)}
          className="self-start rounded px-1.5 py-0.5 text-xs font-medium text-accent hover:bg-accent-soft"
        >
          {all ? `Show the top ${firstRows}` : `Show all ${sorted.length} ${noun}s`}
        </button>
      ) : null}
    </div>
  )
}
