import { StatusBadge } from '@/components/status-badge'
import type { StatusEntry } from '@/domain/catalog/catalog'
import { useRowTabIndex } from '../data-table/row-focus'
import { useLogActions } from '../log-actions'

/** The record's status; clicking it narrows the log to that status. */
export function StatusCell({ status }: { status: StatusEntry }) {
  const { onSelectStatus } = useLogActions()
  const tabIndex = useRowTabIndex()
  return (
    <StatusBadge
      status={status}
      tabIndex={tabIndex}
      onSelect={status.known && onSelectStatus ? () => onSelectStatus(status) : undefined}
    />
  )
}
