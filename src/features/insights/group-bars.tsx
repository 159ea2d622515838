import { useState } from 'react'
import type { GroupRow } from '@/api/stats-schema'
import { outcomeStyle } from '@/components/outcome-style'
import { outcomeInfo } from '@/domain/outcomes'
import { formatCount, formatPercent } from '@/lib/format'
import { answerRate } from './answer-rate'
import { ChartTip } from './chart-tip'
import { TipBody } from './tip-body'

type Props = {
  rows: readonly GroupRow[]
  /** "agent", "source": names the rows in words. */
  noun: string
  showAnswered: boolean
  showOther: boolean
  words: { one: string; many: string; log: string }
  onOpen: (value: string) => void
}

const firstRows = 8

/**
 * Calls per agent or per source, largest first: the answered part in the
 * Connected colour, the rest beside it. The longest lists show their top
 * rows until asked for all.
 */
export function GroupBars({ rows, noun, showAnswered, showOther, words, onOpen }: Props) {
  const [all, setAll] = useState(false)
  const sorted = rows
    .filter((row) => row.total > 0)
    .sort(
      (a, b) =>
        b.total - a.total || (a.label ?? a.value).localeCompare(b.label ?? b.value),
    )
  const shown = all ? sorted : sorted.slice(0, firstRows)
  const max = Math.max(1, ...sorted.map((row) => row.total))
  const answered = outcomeStyle('connected').chart
  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-0.5">
        {shown.map((row) => {
          const name = row.label ?? row.value
          const rate = answerRate(row) ?? 0
          return (
            <li key={row.value}>
              <ChartTip
                content={
                  <TipBody
                    title={name}
                    facts={[
                      [capitalize(words.many), formatCount(row.total)],
                      ['Answered', formatCount(row.answered)],
                      ['Answered share', formatPercent(rate)],
                    ]}
                    meaning={`Answered: ${outcomeInfo.connected.description}`}
                    action={`Click to open the ${words.log} for this ${noun}`}
                  />
                }
              >
                <button
                  type="button"
                  data-mark
                  onClick={() => onOpen(row.value)}
                  aria-label={`${name}: ${formatCount(row.total)} ${words.many}, ${formatPercent(rate)} answered`}
                  className="group grid h-7 w-full grid-cols-[minmax(5rem,9rem)_minmax(3rem,1fr)_4rem_3.25rem] items-center gap-3 rounded-md px-1.5 text-left text-sm hover:bg-surface-2"
                >
                  <bdi className="truncate">{name}</bdi>
                  <span
                    className="relative flex h-3.5 overflow-hidden rounded-sm"
                    style={{ width: `${(row.total / max) * 100}%` }}
                  >
                    {showAnswered ? (
                      <span
                        aria-hidden
                        className="h-full"
                        style={{ width: `${rate * 100}%`, background: answered }}
                      />
                    ) : null}
                    {showOther ? (
                      <span aria-hidden className="h-full flex-1 bg-line-strong" />
                    ) : null}
                  </span>
                  <span className="text-right tabular-nums">
                    {formatCount(row.total)}
                  </span>
                  <span className="text-right text-xs text-muted tabular-nums">
                    {formatPercent(rate)}
                  </span>
                </button>
              </ChartTip>
            </li>
          )
        })}
      </ul>
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

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
