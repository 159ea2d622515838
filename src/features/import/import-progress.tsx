import { formatCount } from '@/lib/format'
import type { Progress } from './import-client'

/** How far reading or saving has come; indeterminate until the worker says. */
export function ImportProgress({
  label,
  progress,
}: {
  label: string
  progress: Progress | null
}) {
  const stage = progress?.stage === 'saving' ? 'Saving' : label
  const percent =
    progress && progress.total > 0
      ? Math.round((progress.done / progress.total) * 100)
      : null
  return (
    <div className="mt-5">
      <div
        role="progressbar"
        aria-label={`Import progress: ${stage}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        className="h-2 overflow-hidden rounded-full bg-surface-3"
      >
        <div
          className={`h-full rounded-full bg-accent transition-[width] ${percent === null ? 'animate-pulse' : ''}`}
          style={{ width: `${percent ?? 100}%` }}
        />
      </div>
      <p className="mt-2 text-sm text-muted tabular-nums" aria-live="polite">
        {stage}
        {progress && progress.done > 0 ? `: ${formatCount(progress.done)} records` : '…'}
      </p>
    </div>
  )
}
