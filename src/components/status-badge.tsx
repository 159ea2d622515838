import { memo, useRef, useState, type PointerEvent } from 'react'
import type { StatusEntry } from '@/domain/catalog/catalog'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { outcomeStyle } from './outcome-style'
import { StatusMark } from './status-mark'
import { useArmOnIntent } from './use-arm-on-intent'

type StatusBadgeProps = {
  status: StatusEntry
  /** Clicking the badge calls it (the logs: "show only this status"); the tooltip says so. */
  onSelect?: () => void
  size?: 'sm' | 'md'
  /** -1 keeps the badge out of the tab order (rows other than the table's active row). */
  tabIndex?: 0 | -1
  /** Let a long label wrap onto a second line (no further) instead of cutting it at one. */
  wrap?: boolean
}

// Radix and its positioning code load with the first tooltip, not with the
// page; the touch toggletip (Radix Popover) with the first tap on a badge.
// Until one arrives the plain button stays (and keeps its focus).
const tooltipModule = deferredModule(() => import('./status-tooltip'))
const toggletipModule = deferredModule(() => import('./status-toggletip'))

const sizes = {
  sm: { line: 'h-5', wrapped: 'min-h-5', both: 'gap-1 px-1.5 text-[11px]' },
  md: { line: 'h-6', wrapped: 'min-h-6', both: 'gap-1.5 px-2 text-xs' },
} as const

const layouts = {
  line: { button: 'rounded-full whitespace-nowrap', label: 'truncate' },
  // Two lines at most, so a row keeps its height; the whole label is still
  // in the text (read out, found by search) and heads the tooltip.
  wrapped: {
    button: 'rounded-[10px] py-[3px] text-left whitespace-normal',
    label: 'line-clamp-2 break-words',
  },
} as const

function badgeTone(status: StatusEntry): string {
  if (!status.known) return 'border-dashed border-line-strong bg-transparent text-muted'
  if (status.outcome === null) return `border-line ${outcomeStyle(null).pill}`
  return `border-transparent ${outcomeStyle(status.outcome).pill}`
}

/**
 * A status as a compact pill: its label, coloured by outcome group, with a
 * mark for the phase. Focusable; its tooltip (on hover and on focus) says
 * what the status means. The tooltip mounts on first interest, so the button
 * is replaced once: tests should query the badge again after hovering it.
 */
export const StatusBadge = memo(function StatusBadge({
  status,
  onSelect,
  size = 'md',
  tabIndex,
  wrap = false,
}: StatusBadgeProps) {
  const shape = wrap ? 'wrapped' : 'line'
  const layout = layouts[shape]
  const sized = `${sizes[size][shape]} ${sizes[size].both}`
  const { intent, triggers, onPress, isHovered } = useArmOnIntent()
  const StatusTooltip = useDeferredModule(tooltipModule, intent !== null)?.StatusTooltip
  // A tap shows the meaning (there is no hover on touch); a click or a key still filters.
  const lastPointer = useRef('')
  const [toggletip, setToggletip] = useState(false)
  const StatusToggletip = useDeferredModule(toggletipModule, toggletip)?.StatusToggletip
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    lastPointer.current = event.pointerType
    if (intent === null) onPress(event)
  }
  const onClick = () => {
    if (lastPointer.current === 'touch') setToggletip(true)
    else onSelect?.()
    lastPointer.current = ''
  }
  // `relative` keeps the sr-only text inside the badge, not adrift below a scroll container.
  const button = (
    <button
      type="button"
      data-status={status.key}
      data-outcome={status.outcome ?? 'none'}
      tabIndex={tabIndex}
      {...triggers}
      onPointerDown={onPointerDown}
      onClick={onClick}
      aria-expanded={toggletip ? true : undefined}
      className={`relative inline-flex max-w-full min-w-0 shrink-0 items-center border leading-none font-medium transition-shadow ${sized} ${layout.button} ${badgeTone(status)} ${onSelect ? 'cursor-pointer hover:ring-1 hover:ring-current/40' : 'cursor-help'}`}
    >
      <StatusMark status={status} />
      {/* An unknown status's label is the vendor's text: isolated, like all data. */}
      <bdi className={`min-w-0 ${layout.label}`}>{status.label}</bdi>
      {status.known ? null : <span className="sr-only">, not in the catalog</span>}
    </button>
  )
  if (StatusToggletip) {
    return (
      <StatusToggletip
        status={status}
        onSelect={onSelect}
        onClose={() => setToggletip(false)}
      >
        {button}
      </StatusToggletip>
    )
  }
  if (intent === null || !StatusTooltip) return button
  return (
    <StatusTooltip
      status={status}
      selectable={onSelect !== undefined}
      intent={intent}
      isHovered={isHovered}
    >
      {button}
    </StatusTooltip>
  )
})
