import { Filter } from 'lucide-react'
import { Popover } from 'radix-ui'
import type { ReactElement } from 'react'
import type { StatusEntry } from '@/domain/catalog/catalog'
import { statusPopup } from './status-popup'
import { StatusTooltipBody } from './status-tooltip-body'

type StatusToggletipProps = {
  status: StatusEntry
  /** "Show only …": set where the badge can narrow a log to its status. */
  onSelect?: () => void
  onClose: () => void
  /** The badge's button, which the toggletip points at. */
  children: ReactElement
}

/**
 * A badge's meaning on touch, where there is no hover: a tap opens it, and
 * filtering by the status is a button of its own, never the tap itself.
 */
export function StatusToggletip({
  status,
  onSelect,
  onClose,
  children,
}: StatusToggletipProps) {
  return (
    <Popover.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Popover.Anchor asChild>{children}</Popover.Anchor>
      <Popover.Portal>
        <Popover.Content
          {...statusPopup.placement}
          aria-label={`${status.label}: what it means`}
          className={statusPopup.toggletip}
        >
          <StatusTooltipBody status={status} selectable={false} />
          {onSelect ? (
            <button
              type="button"
              onClick={() => {
                onClose()
                onSelect()
              }}
              className="mt-2 inline-flex min-h-9 items-center gap-1.5 rounded-md border border-line px-3 text-xs font-medium text-accent hover:bg-accent-soft"
            >
              <Filter aria-hidden className="size-3.5" />
              Show only {status.label}
            </button>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
