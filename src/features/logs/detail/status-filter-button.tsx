import { Filter } from 'lucide-react'
import type { StatusEntry } from '@/domain/catalog/catalog'
import { useLogActions } from '../log-actions'

/** "Show only Busy": narrows the log to this record's status. */
export function StatusFilterButton({ status }: { status: StatusEntry }) {
  const { onSelectStatus } = useLogActions()
  if (!status.known || !onSelectStatus) return null
  return (
    <button
      type="button"
      onClick={() => onSelectStatus(status)}
      className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-accent hover:bg-accent-soft"
    >
      <Filter aria-hidden className="size-3.5" />
      Show only {status.label}
    </button>
  )
}
