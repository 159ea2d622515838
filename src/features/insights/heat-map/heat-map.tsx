import { useRef, useState } from 'react'
import { outcomeStyle } from '@/components/outcome-style'
import { capitalize, formatCount, formatPercent } from '@/lib/format'
import { successRate, type HeatGrid, type HeatInput } from './heat-cells'
import { ChartTooltipContent, tipBoxClass } from '../chart-kit/chart-tooltip'
import type { LogKindInfo } from '@/domain/log-kind'

export type HeatMetric = 'volume' | 'rate'

type Props = {
  grid: HeatGrid
  metric: HeatMetric
  /** "answered", "delivered". */
  successWord: string
  /** What success means, from the catalog. */
  successMeaning: string
  words: LogKindInfo
}

const weekdays = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]
const hours = Array.from({ length: 24 }, (_, hour) => hour)
const hh = (hour: number) => String(hour).padStart(2, '0')

/**
 * Hour of day by weekday, as a real table: each cell holds its count, shaded
 * by volume (the accent) or by the share that succeeded (the Connected
 * colour). A screen reader reads it as the table it is.
 */
export function HeatMap({ grid, metric, successWord, successMeaning, words }: Props) {
  const [hover, setHover] = useState<{ cell: HeatInput; x: number; y: number } | null>(
    null,
  )
  const frame = useRef<HTMLDivElement>(null)
  const paint = (cell: HeatInput) => {
    if (cell.total === 0) return 'transparent'
    const strength =
      metric === 'volume' ? cell.total / Math.max(1, grid.max) : (successRate(cell) ?? 0)
    const base = metric === 'volume' ? 'var(--accent)' : outcomeStyle('connected').chart
    // Capped at half strength: the count printed in the cell keeps its contrast
    // (WCAG AA) in both themes, with the page's own text colour.
    return `color-mix(in oklab, ${base} ${Math.round(6 + strength * 50)}%, var(--surface))`
  }
  return (
    <div ref={frame} className="relative" onPointerLeave={() => setHover(null)}>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] table-fixed border-separate border-spacing-0.5 text-[10px]">
          <caption className="sr-only">
            {`${capitalize(words.noun.many)} by weekday and hour of day, with the share ${successWord}.`}
          </caption>
          <thead>
            <tr>
              <td className="w-9" />
              {hours.map((hour) => (
                <th key={hour} scope="col" className="pb-1 font-normal text-faint">
                  <span aria-hidden>{hour % 3 === 0 ? hh(hour) : ''}</span>
                  <span className="sr-only">{`${hh(hour)}:00`}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, d) => (
              <tr key={d}>
                <th
                  scope="row"
                  className="pr-1 text-left text-[11px] font-normal text-muted"
                >
                  <abbr title={weekdays[d]} className="no-underline">
                    {weekdays[d]?.slice(0, 3)}
                  </abbr>
                </th>
                {row.map((cell) => {
                  const rate = successRate(cell)
                  const strong =
                    metric === 'volume'
                      ? cell.total / Math.max(1, grid.max) > 0.55
                      : (rate ?? 0) > 0.6
                  return (
                    <td
                      key={cell.hour}
                      data-mark
                      onPointerEnter={(event) => {
                        const box = event.currentTarget.getBoundingClientRect()
                        const origin = frame.current?.getBoundingClientRect()
                        if (!origin) return
                        setHover({
                          cell,
                          x: box.left - origin.left + box.width / 2,
                          y: box.top - origin.top,
                        })
                      }}
                      className={`h-7 rounded-sm text-center tabular-nums ${cell.total === 0 ? 'bg-surface-2 text-faint' : strong ? 'font-semibold text-ink' : 'text-ink'}`}
                      style={cell.total === 0 ? undefined : { background: paint(cell) }}
                    >
                      {cell.total > 0 ? compact(cell.total) : ''}
                      <span className="sr-only">
                        {` ${words.noun.many}, ${rate === null ? 'none' : `${formatPercent(rate)} ${successWord}`}`}
                      </span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hover ? (
        <div
          aria-hidden
          className={`pointer-events-none absolute -translate-x-1/2 -translate-y-full ${tipBoxClass}`}
          style={{ left: hover.x, top: hover.y - 6 }}
        >
          <ChartTooltipContent
            title={`${weekdays[hover.cell.weekday - 1] ?? ''}, ${hh(hover.cell.hour)}:00–${hh((hover.cell.hour + 1) % 24)}:00`}
            facts={[
              [capitalize(words.noun.many), formatCount(hover.cell.total)],
              [
                'Of all in the range',
                grid.total > 0 ? formatPercent(hover.cell.total / grid.total) : '–',
              ],
              [
                capitalize(successWord),
                hover.cell.base > 0
                  ? `${formatCount(hover.cell.success)} (${formatPercent(successRate(hover.cell) ?? 0)} of those that ended)`
                  : '–',
              ],
            ]}
            meaning={`${capitalize(successWord)}: ${successMeaning}`}
          />
        </div>
      ) : null}
    </div>
  )
}

const compact = (n: number) =>
  n >= 10_000
    ? `${Math.round(n / 1000)}k`
    : n >= 1000
      ? `${(n / 1000).toFixed(1)}k`
      : String(n)
