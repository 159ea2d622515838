import { RefreshCw } from 'lucide-react'
import { Button } from '@/components/button'
import {
  ageLabel,
  autoRefreshChoices,
  autoRefreshLabels,
  type AutoRefresh,
} from './auto-refresh'
import { useAge } from './use-age'

type FreshnessControlsProps = {
  /** When the rows on screen were fetched; 0 while the first page loads. */
  updatedAt: number
  isFetching: boolean
  onRefresh: () => void
  autoRefresh: AutoRefresh
  onAutoRefreshChange: (next: AutoRefresh) => void
}

/** Refresh now, how old the rows are, and how often to look by itself. */
export function FreshnessControls(props: FreshnessControlsProps) {
  return (
    <div className="flex items-center gap-2">
      {props.updatedAt > 0 ? <UpdatedLabel updatedAt={props.updatedAt} /> : null}
      <Button
        size="sm"
        onClick={props.onRefresh}
        aria-label="Refresh"
        title="Refresh: show the latest records"
      >
        <RefreshCw
          aria-hidden
          className={`size-3.5 ${props.isFetching ? 'motion-safe:animate-spin' : ''}`}
        />
        <span className="ml-1.5 hidden sm:inline">Refresh</span>
      </Button>
      <select
        aria-label="Auto-refresh"
        value={props.autoRefresh}
        onChange={(event) => {
          const next = autoRefreshChoices.find((c) => c === event.target.value)
          if (next) props.onAutoRefreshChange(next)
        }}
        className="h-8 rounded-md border border-line bg-surface px-1.5 text-xs font-medium text-ink hover:bg-surface-2"
      >
        {autoRefreshChoices.map((choice) => (
          <option key={choice} value={choice}>
            {autoRefreshLabels[choice]}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * "Updated 12 s ago". It ticks every second, so it is deliberately not a live
 * region: a screen reader reads it when the person gets to it, not each tick.
 */
function UpdatedLabel({ updatedAt }: { updatedAt: number }) {
  const age = useAge(updatedAt)
  return (
    // Below 640 px the toolbar has no room: the label gives way to the buttons.
    <span className="hidden text-xs whitespace-nowrap text-muted tabular-nums sm:inline">
      Updated <time dateTime={new Date(updatedAt).toISOString()}>{ageLabel(age)}</time>
    </span>
  )
}
