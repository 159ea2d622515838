import { CircleSlash, TriangleAlert } from 'lucide-react'
import { Button } from '@/components/button'

/** Where a chart's data stands; the page derives it from the query and the figures. */
export type ChartStatus =
  | { kind: 'loading'; updating?: false }
  | { kind: 'error'; message: string; onRetry: () => void; updating?: false }
  | { kind: 'empty'; message: string; updating?: false }
  | { kind: 'ready'; updating: boolean }

const skeleton = [38, 62, 45, 80, 55, 70, 30, 66, 48, 74, 58, 40]

/** What a chart shows instead of marks: a skeleton, the problem and Retry, or why it is empty. */
export function ChartState({ status }: { status: ChartStatus }) {
  switch (status.kind) {
    case 'ready':
      return null
    case 'loading':
      return (
        <div className="flex h-40 items-end gap-1.5 px-1">
          <span className="sr-only">Loading…</span>
          {skeleton.map((h, i) => (
            <div
              key={i}
              aria-hidden
              style={{ height: `${h}%` }}
              className="flex-1 animate-pulse rounded-t bg-surface-2"
            />
          ))}
        </div>
      )
    case 'error':
      return (
        <div
          role="alert"
          className="flex min-h-40 flex-col items-center justify-center gap-2 px-4 text-center"
        >
          <span className="flex size-9 items-center justify-center rounded-full bg-danger-soft text-danger">
            <TriangleAlert aria-hidden className="size-4" />
          </span>
          <p className="text-sm font-medium">Could not load these figures</p>
          <p className="max-w-sm text-xs break-words text-muted">{status.message}</p>
          <Button size="sm" onClick={status.onRetry}>
            Retry
          </Button>
        </div>
      )
    case 'empty':
      return (
        <div className="flex min-h-40 flex-col items-center justify-center gap-2 px-4 text-center">
          <span className="flex size-9 items-center justify-center rounded-full bg-surface-2 text-muted">
            <CircleSlash aria-hidden className="size-4" />
          </span>
          <p className="max-w-sm text-sm text-muted">{status.message}</p>
        </div>
      )
  }
}
