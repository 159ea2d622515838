import { Filter } from 'lucide-react'
import { Popover } from 'radix-ui'
import type { ReactElement } from 'react'
import type { StatusEntry } from '@/domain/catalog/catalog'
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
          side="top"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          aria-label={`${status.label}: what it means`}
          className="z-50 w-max max-w-[min(22rem,var(--radix-popover-content-available-width))] rounded-lg border border-line bg-surface p-3 text-xs/relaxed text-ink shadow-lg shadow-black/10 outline-none dark:shadow-black/40"
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
