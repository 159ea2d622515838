import { StatusBadge } from '@/components/status-badge'
import type { StatusEntry } from '@/domain/catalog/catalog'
import { vendorShortName } from '@/domain/vendors'
import { useRowTabIndex } from '../data-table/row-focus'
import { useLogActions } from '../log-actions'

/**
 * The record's status and whose it is: the same word means different things
 * at different vendors. Clicking the badge narrows the log to that status.
 */
export function StatusCell({ status, vendor }: { status: StatusEntry; vendor: string }) {
  const { onSelectStatus } = useLogActions()
  const tabIndex = useRowTabIndex()
  return (
    <div data-cell="status" className="flex min-w-0 flex-col items-start gap-0.5">
      {/* A long label ("Absent · Voicemail detected") wraps onto a second line. */}
      <StatusBadge
        status={status}
        wrap
        tabIndex={tabIndex}
        onSelect={
          status.known && onSelectStatus ? () => onSelectStatus(status) : undefined
        }
      />
      <bdi className="max-w-full truncate pl-1 text-[11px] text-muted">
        {vendorShortName(vendor)}
      </bdi>
    </div>
  )
}
