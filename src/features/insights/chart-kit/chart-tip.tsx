import { Tooltip } from 'radix-ui'
import {
  cloneElement,
  type DOMAttributes,
  type ReactElement,
  type ReactNode,
} from 'react'
import {
  useArmedTrigger,
  useArmOnIntent,
  type ArmIntent,
} from '@/components/use-arm-on-intent'
import { tipBoxClass } from './chart-tooltip'

type Side = 'top' | 'right' | 'bottom' | 'left'

type ChartTipProps = {
  content: ReactNode
  /** The mark, a focusable element: the tooltip opens on hover and on focus. */
  children: ReactElement<DOMAttributes<HTMLElement>>
  side?: Side
}

/**
 * The tooltip of a mark drawn in HTML (a bar, a segment), styled like the
 * charts'. The mark stays a plain element until a pointer rests on it or it
 * takes the focus, as status badges do: a Radix tooltip per mark was a good
 * part of drawing the page's fifty-odd bars.
 */
export function ChartTip({ content, children, side = 'top' }: ChartTipProps) {
  const { intent, triggers, isHovered } = useArmOnIntent()
  if (intent === null) return cloneElement(children, triggers)
  return (
    <ArmedChartTip content={content} side={side} intent={intent} isHovered={isHovered}>
      {children}
    </ArmedChartTip>
  )
}

type ArmedProps = {
  content: ReactNode
  side: Side
  intent: ArmIntent
  isHovered: () => boolean
  children: ReactElement
}

function ArmedChartTip({ content, side, intent, isHovered, children }: ArmedProps) {
  const trigger = useArmedTrigger(intent, isHovered)
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild ref={trigger}>
        {children}
      </Tooltip.Trigger>
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
