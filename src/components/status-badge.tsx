import {
  memo,
  useEffect,
  useReducer,
  useRef,
  useState,
  type ComponentProps,
  type PointerEvent,
} from 'react'
import type { StatusToggletip as LoadedToggletip } from './status-toggletip'
import type { StatusTooltip as LoadedTooltip } from './status-tooltip'
import type { StatusEntry } from '@/domain/catalog/catalog'
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
  /** Let a long label wrap onto a second line instead of cutting it short. */
  wrap?: boolean
}

// Radix and its positioning code load with the first tooltip, not with the page.
let StatusTooltip: typeof LoadedTooltip | undefined
let loading: Promise<unknown> | undefined
const loadTooltip = () =>
  (loading ??= import('./status-tooltip').then((module) => {
    StatusTooltip = module.StatusTooltip
  }))

/**
 * Whether the tooltip code has arrived, loading it once wanted. Until then the
 * plain button stays (and keeps its focus): a Suspense fallback would be a
 * new element and lose it.
 */
function useTooltipLoaded(wanted: boolean): boolean {
  const [, loaded] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (wanted && !StatusTooltip) void loadTooltip().then(loaded)
  }, [wanted])
  return StatusTooltip !== undefined
}

// The touch toggletip (Radix Popover) loads with the first tap on a badge.
let StatusToggletip: typeof LoadedToggletip | undefined
let loadingToggletip: Promise<unknown> | undefined
const loadToggletip = () =>
  (loadingToggletip ??= import('./status-toggletip').then((module) => {
    StatusToggletip = module.StatusToggletip
  }))

function useToggletipLoaded(wanted: boolean): boolean {
  const [, loaded] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (wanted && !StatusToggletip) void loadToggletip().then(loaded)
  }, [wanted])
  return StatusToggletip !== undefined
}

function ArmedTooltip(props: ComponentProps<typeof LoadedTooltip>) {
  const Tooltip = StatusTooltip
  return Tooltip ? <Tooltip {...props} /> : props.children
}

const sizes = {
  sm: { line: 'h-5', wrapped: 'min-h-5', both: 'gap-1 px-1.5 text-[11px]' },
  md: { line: 'h-6', wrapped: 'min-h-6', both: 'gap-1.5 px-2 text-xs' },
} as const

const layouts = {
  line: { button: 'rounded-full whitespace-nowrap', label: 'truncate' },
  wrapped: {
    button: 'rounded-[10px] py-[3px] text-left whitespace-normal',
    label: 'break-words',
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
  const tooltipLoaded = useTooltipLoaded(intent !== null)
  // A tap shows the meaning (there is no hover on touch); a click or a key still filters.
  const lastPointer = useRef('')
  const [toggletip, setToggletip] = useState(false)
  const toggletipLoaded = useToggletipLoaded(toggletip)
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
  if (toggletip && toggletipLoaded && StatusToggletip) {
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
  if (intent === null || !tooltipLoaded) return button
  return (
    <ArmedTooltip
      status={status}
      selectable={onSelect !== undefined}
      intent={intent}
      isHovered={isHovered}
    >
      {button}
    </ArmedTooltip>
  )
})
