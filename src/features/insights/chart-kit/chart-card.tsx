import { ChartNoAxesColumn, Table2 } from 'lucide-react'
import { useMemo, useState, type ReactNode } from 'react'
import { ChartPendingContext, type ChartPending } from './chart-pending'
import { ChartState, type ChartStatus } from './chart-state'
import { ChartTable, type ChartTableData } from './chart-table'

export type ChartCardProps = {
  /** Names the chart for tests and the bench: `data-chart`. */
  name: string
  title: string
  description?: ReactNode
  status: ChartStatus
  /** Toggles for the chart's series, shown under the title. */
  legend?: ReactNode
  /**
   * The same figures as a table, for screen readers and anyone who prefers
   * numbers: built only when the table view is asked for.
   */
  table?: () => ChartTableData
  className?: string
  children: ReactNode
}

/**
 * The frame every Insights chart sits in: a titled section with its legend,
 * a switch to a data table, and designed loading, empty and error states.
 */
export function ChartCard({
  name,
  title,
  description,
  status,
  legend,
  table,
  className = '',
  children,
}: ChartCardProps) {
  const [asTable, setAsTable] = useState(false)
  const headingId = `chart-${name}`
  // Charts still to draw (they take turns, one per task): the card is busy till then.
  const [pending, setPending] = useState(0)
  const tracker = useMemo<ChartPending>(
    () => ({
      add: () => setPending((n) => n + 1),
      done: () => setPending((n) => n - 1),
    }),
    [],
  )
  const drawn = status.kind === 'ready' && !status.updating && pending === 0
  return (
    <section
      aria-labelledby={headingId}
      data-chart={name}
      aria-busy={status.kind === 'loading' || status.updating || pending > 0}
      data-drawn={drawn ? 'true' : undefined}
      className={`flex min-w-0 flex-col rounded-xl border border-line bg-surface p-4 ${className}`}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold">
            {title}
          </h3>
          {description ? (
            <p className="mt-0.5 text-xs text-muted">{description}</p>
          ) : null}
        </div>
        {table && status.kind === 'ready' ? (
          <button
            type="button"
            aria-pressed={asTable}
            onClick={() => setAsTable((on) => !on)}
            className="inline-flex h-7 shrink-0 items-center gap-1.5 rounded-md border border-line px-2 text-xs font-medium text-muted hover:bg-surface-2 hover:text-ink aria-pressed:bg-accent-soft aria-pressed:text-ink"
          >
            {asTable ? (
              <ChartNoAxesColumn aria-hidden className="size-3.5" />
            ) : (
              <Table2 aria-hidden className="size-3.5" />
            )}
            {asTable ? 'Chart' : 'Table'}
            <span className="sr-only"> view of {title}</span>
          </button>
        ) : null}
      </div>
      {legend && status.kind === 'ready' && !asTable ? (
        <div className="mt-3">{legend}</div>
      ) : null}
      <div
        className={`mt-3 min-h-0 flex-1 transition-opacity ${status.updating ? 'opacity-60' : ''}`}
      >
        <ChartPendingContext value={tracker}>
          {status.kind === 'ready' ? (
            asTable && table ? (
              <ChartTable {...table()} />
            ) : (
              children
            )
          ) : null}
        </ChartPendingContext>
        <ChartState status={status} />
      </div>
    </section>
  )
}
