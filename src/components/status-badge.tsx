import { memo } from 'react'
import type { StatusEntry } from '@/domain/catalog/catalog'
import { outcomeStyle } from './outcome-style'
import { StatusMark } from './status-mark'
import { StatusTooltip } from './status-tooltip'
import { useArmOnIntent } from './use-arm-on-intent'

type StatusBadgeProps = {
  status: StatusEntry
  /** Clicking the badge calls it (the logs: "show only this status"); the tooltip says so. */
  onSelect?: () => void
  size?: 'sm' | 'md'
  /** -1 keeps the badge out of the tab order (rows other than the table's active row). */
  tabIndex?: 0 | -1
}

const sizes = {
  sm: 'h-5 gap-1 px-1.5 text-[11px]',
  md: 'h-6 gap-1.5 px-2 text-xs',
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
}: StatusBadgeProps) {
  const { intent, triggers, isHovered } = useArmOnIntent()
  // `relative` keeps the sr-only text inside the badge, not adrift below a scroll container.
  const button = (
    <button
      type="button"
      data-status={status.key}
      data-outcome={status.outcome ?? 'none'}
      onClick={onSelect}
      tabIndex={tabIndex}
      {...triggers}
      className={`relative inline-flex max-w-full min-w-0 shrink-0 items-center rounded-full border leading-none font-medium whitespace-nowrap transition-shadow ${sizes[size]} ${badgeTone(status)} ${onSelect ? 'cursor-pointer hover:ring-1 hover:ring-current/40' : 'cursor-help'}`}
    >
      <StatusMark status={status} />
      <span className="min-w-0 truncate">{status.label}</span>
      {status.known ? null : <span className="sr-only">, not in the catalog</span>}
    </button>
  )
  if (intent === null) return button
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
