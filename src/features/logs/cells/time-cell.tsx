import { formatShortDate, formatClock } from '@/lib/format'

/** Local time to the second over its date; the exact instant on hover. */
export function TimeCell({ iso, time }: { iso: string; time: number }) {
  return (
    <time
      dateTime={iso}
      title={iso}
      className="flex min-w-0 flex-col leading-tight tabular-nums"
    >
      <span className="truncate font-medium">{formatClock(time)}</span>
      <span className="truncate text-xs text-muted">{formatShortDate(time)}</span>
    </time>
  )
}
