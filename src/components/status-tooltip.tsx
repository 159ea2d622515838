import { Tooltip } from 'radix-ui'
import { useState, type ReactElement } from 'react'
import type { StatusEntry } from '@/domain/catalog/catalog'
import { statusPopup } from './status-popup'
import { StatusTooltipBody } from './status-tooltip-body'
import { useArmedTrigger, type ArmIntent } from './use-arm-on-intent'

type StatusTooltipProps = {
  status: StatusEntry
  /** Set when clicking the badge filters to this status. */
  selectable: boolean
  /** What armed the badge; the first hover or focus must still open the tooltip. */
  intent: ArmIntent
  isHovered: () => boolean
  /** The badge's button, which becomes the tooltip's trigger. */
  children: ReactElement
}

const openDelayMs = 300
const skipDelayMs = 400
// Shared by every badge's tooltip: moving along a row of badges, the next
// tooltip opens at once instead of waiting again (what a shared Radix
// provider would do, without forcing Radix into the first page's bundle).
let lastClosedAt = Number.NEGATIVE_INFINITY

/** The Radix tooltip of a status badge, loaded and mounted once the badge is armed. */
export function StatusTooltip({
  status,
  selectable,
  intent,
  isHovered,
  children,
}: StatusTooltipProps) {
  const trigger = useArmedTrigger(intent, isHovered)
  const [delay] = useState(() =>
    performance.now() - lastClosedAt < skipDelayMs ? 0 : openDelayMs,
  )

  return (
    <Tooltip.Provider delayDuration={delay}>
      <Tooltip.Root
        onOpenChange={(open) => {
          if (!open) lastClosedAt = performance.now()
        }}
      >
        <Tooltip.Trigger asChild ref={trigger}>
          {children}
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content {...statusPopup.placement} className={statusPopup.tooltip}>
            <StatusTooltipBody status={status} selectable={selectable} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  )
}
