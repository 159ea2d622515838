import { useDisplayZone } from '@/lib/display-zone'
import { formatShortDate, formatClock } from '@/lib/format'

/** The time to the second over its date, in the page's zone; the exact instant on hover. */
export function TimeCell({ iso, time }: { iso: string; time: number }) {
  const { formatZone } = useDisplayZone()
  return (
    <time
      dateTime={iso}
      title={iso}
      className="flex min-w-0 flex-col leading-tight tabular-nums"
    >
      <span className="truncate font-medium">{formatClock(time, formatZone)}</span>
      <span className="truncate text-xs text-muted">
        {formatShortDate(time, formatZone)}
      </span>
    </time>
  )
}
