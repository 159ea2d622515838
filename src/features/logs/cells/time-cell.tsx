import { formatDateTime } from '@/lib/format'

/** Local time to the second; the exact instant on hover. */
export function TimeCell({ iso, time }: { iso: string; time: number }) {
  return (
    <time dateTime={iso} title={iso} className="truncate tabular-nums">
      {formatDateTime(time)}
    </time>
  )
}
