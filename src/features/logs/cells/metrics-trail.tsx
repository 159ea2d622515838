import { StatusBadge } from '@/components/status-badge'
import type { TrailStep } from '@/api/wire-status'
import { ZonedTime } from '@/lib/zoned-time'
import { useRowTabIndex } from '../data-table/row-focus'
import { stepsThatFit } from './trail-fit'

/**
 * The Metrics column, CTM-style: each step's time stamp and status, in order.
 * Long trails show the last steps that fit two lines, and how many came before.
 */
export function MetricsTrail({ steps }: { steps: TrailStep[] }) {
  const tabIndex = useRowTabIndex()
  const hidden = steps.length - stepsThatFit(steps.map((step) => step.status.label))
  const shown = steps.slice(hidden)
  return (
    <ol
      aria-label={`${steps.length} steps`}
      className="flex max-h-11 min-w-0 flex-wrap items-center gap-x-1.5 gap-y-1 overflow-hidden"
    >
      {hidden > 0 ? (
        <li className="shrink-0 text-xs text-muted" title={`${hidden} earlier steps`}>
          +{hidden} ›
        </li>
      ) : null}
      {shown.map((step, i) => (
        // By place, as the rows are: a row refilled with another call reuses its steps.
        <li key={i} className="flex shrink-0 items-center gap-1">
          {i > 0 ? (
            <span aria-hidden className="text-faint">
              ›
            </span>
          ) : null}
          <time dateTime={step.at} className="text-[11px] text-muted tabular-nums">
            <ZonedTime time={step.time} format="clock" />
          </time>
          <StatusBadge status={step.status} size="sm" tabIndex={tabIndex} />
        </li>
      ))}
    </ol>
  )
}
