import type { ReactNode } from 'react'
import type { ChartConfig } from './chart-config'
import { BarListChart, type BarListDatum } from './bar-list-chart'
import { ChartTip } from './chart-tip'

export type BarListRow = {
  key: string
  label: string
  /** Written at the row's end: the count, then the share (or rate). */
  figure: string
  share: string
  /** The button's accessible name: what the row says in one sentence. */
  name: string
  onClick?: () => void
  tip: ReactNode
  /** The row's value in each series, stacked along its bar. */
  values: Readonly<Record<string, number>>
  /** A control before the row (the chevron that opens a group). */
  lead?: ReactNode
  /** Rows shown under this one, as a named list. */
  nested?: { id: string; label: string; rows: readonly BarListRow[] }
  soft?: boolean
  /** Paints the whole row in one colour (a `var(--…)`), whatever its series. */
  color?: string
}

type Props = {
  rows: readonly BarListRow[]
  config: ChartConfig
  series: readonly string[]
  /** Leaves a column for the rows' `lead` controls. */
  leads?: boolean
  /** The list's accessible name, if it needs one. */
  label?: string
  /** What a full-length bar is worth; the longest row's total by default. */
  max?: number
}

const rowPx = 28

/**
 * Labelled horizontal bars with their figures: each row a button (tooltip on
 * hover and focus, a click or Enter opens the log), the bars one recharts
 * chart laid over the rows' bar column.
 */
export function BarList({ rows, config, series, leads = false, label, max }: Props) {
  const flat = rows.flatMap((row) => [row, ...(row.nested?.rows ?? [])])
  const data: BarListDatum[] = flat.map((row) => ({
    key: row.key,
    soft: row.soft,
    color: row.color,
    ...row.values,
  }))
  const longest = Math.max(
    1,
    ...flat.map((row) => series.reduce((sum, key) => sum + (row.values[key] ?? 0), 0)),
  )
  // Rows are placed on explicit grid lines, so the chart can span them all.
  const lineOf = new Map(flat.map((row, i) => [row, i + 1]))
  const item = (row: BarListRow) => {
    const gridRow = lineOf.get(row)
    return (
      <>
        {leads && row.lead ? (
          <div className="col-start-1 flex items-center" style={{ gridRow }}>
            {row.lead}
          </div>
        ) : null}
        <ChartTip content={row.tip} side="top">
          <button
            type="button"
            data-mark
            onClick={row.onClick}
            aria-disabled={row.onClick ? undefined : true}
            aria-label={row.name}
            style={{ gridRow }}
            className={`group col-span-4 grid grid-cols-subgrid items-center rounded-md text-left hover:bg-surface-2 ${leads ? 'col-start-2' : 'col-start-1'} ${row.soft ? 'text-xs' : 'text-sm'} ${row.onClick ? 'cursor-pointer' : 'cursor-default'}`}
          >
            <bdi
              className={`truncate pl-1.5 ${row.soft ? 'pl-4 text-muted' : 'font-medium'}`}
            >
              {row.label}
            </bdi>
            <span />
            <span className="text-right tabular-nums">{row.figure}</span>
            <span className="pr-1.5 text-right text-xs text-muted tabular-nums">
              {row.share}
            </span>
          </button>
        </ChartTip>
      </>
    )
  }
  return (
    <div
      className={`grid auto-rows-[28px] gap-x-3 ${leads ? 'grid-cols-[1.5rem_minmax(5rem,10rem)_minmax(3rem,1fr)_4rem_3.5rem]' : 'grid-cols-[minmax(5rem,9rem)_minmax(3rem,1fr)_4rem_3.5rem]'}`}
    >
      <ul aria-label={label} className="contents">
        {rows.map((row) => (
          <li key={row.key} className="contents">
            {item(row)}
            {row.nested ? (
              <ul id={row.nested.id} aria-label={row.nested.label} className="contents">
                {row.nested.rows.map((sub) => (
                  <li key={sub.key} className="contents">
                    {item(sub)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <div
        aria-hidden
        className="pointer-events-none"
        style={{
          gridColumn: leads ? 3 : 2,
          gridRow: `1 / span ${Math.max(1, flat.length)}`,
        }}
      >
        <BarListChart
          data={data}
          config={config}
          series={series}
          max={max ?? longest}
          rowPx={rowPx}
        />
      </div>
    </div>
  )
}
