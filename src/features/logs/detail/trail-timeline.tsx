import { Link } from '@tanstack/react-router'
import type { TrailStep } from '@/api/wire-status'
import { StatusBadge } from '@/components/status-badge'
import { formatGap } from '@/lib/format'
import { useDisplayZone } from '@/lib/display-zone'
import { sameDayIn } from '@/lib/zoned-day'
import { ZonedTime } from '@/lib/zoned-time'
import { meaningOf } from '@/domain/catalog/meaning'

type TrailTimelineProps = {
  steps: TrailStep[]
}

/** The Metrics as a vertical timeline: time, time since the step before, badge and meaning. */
export function TrailTimeline({ steps }: TrailTimelineProps) {
  // A step's date shows when it falls on another day than the first, in the zone read.
  const { formatZone } = useDisplayZone()
  if (steps.length === 0)
    return <p className="text-sm text-muted">No steps were recorded.</p>
  const first = steps[0]?.time ?? 0
  return (
    <ol className="relative ml-1.5 border-l border-line">
      {steps.map((step, i) => {
        const previous = steps[i - 1]
        return (
          <li key={`${step.at}-${i}`} className="relative pb-5 pl-5 last:pb-0">
            <span
              aria-hidden
              className="absolute top-1.5 -left-[5px] size-2.5 rounded-full border-2 border-surface bg-line-strong"
            />
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <time
                dateTime={step.at}
                title={step.at}
                className="text-xs text-muted tabular-nums"
              >
                <ZonedTime
                  time={step.time}
                  format={sameDayIn(step.time, first, formatZone) ? 'clock' : 'dateTime'}
                />
              </time>
              {previous ? (
                <span className="text-xs text-faint tabular-nums">
                  {formatGap(step.time - previous.time)}
                </span>
              ) : null}
              <StatusBadge status={step.status} />
            </div>
            {step.detail ? (
              <p dir="auto" className="mt-1 text-sm break-words">
                {step.detail}
              </p>
            ) : null}
            <p className="mt-1 text-sm text-muted">
              {meaningOf(step.status)}{' '}
              {step.status.known ? (
                <Link
                  to="/statuses"
                  hash={step.status.key}
                  className="whitespace-nowrap text-accent underline underline-offset-2 hover:decoration-2"
                >
                  About {step.status.label}
                </Link>
              ) : null}
            </p>
          </li>
        )
      })}
    </ol>
  )
}
