import { Tooltip } from 'radix-ui'
import type { ReactElement, ReactNode } from 'react'

type ChartTipProps = {
  content: ReactNode
  /** The mark, a focusable element: the tooltip opens on hover and on focus. */
  children: ReactElement
  side?: 'top' | 'right' | 'bottom' | 'left'
}

/** The tooltip of a mark drawn in HTML (a bar, a heat-map cell), styled like the charts'. */
export function ChartTip({ content, children, side = 'top' }: ChartTipProps) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content
          side={side}
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className={tipBoxClass}
        >
          {content}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  )
}

/** The look every chart tooltip shares, whoever places it. */
export const tipSurfaceClass =
  'rounded-lg border border-line bg-surface p-3 text-xs/relaxed text-ink shadow-lg shadow-black/10 dark:shadow-black/40'

export const tipBoxClass = `z-50 w-max max-w-[min(20rem,var(--radix-tooltip-content-available-width,20rem))] ${tipSurfaceClass}`
