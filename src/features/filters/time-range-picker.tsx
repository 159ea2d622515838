import { CalendarRange, ChevronDown } from 'lucide-react'
import { useState, type ComponentProps } from 'react'
import { describeRange } from '@/domain/time-range'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import type { TimeRangePickerProps } from './time-range-popover'

const popover = deferredModule(() => import('./time-range-popover'))

export function TimeRangeButton({
  label,
  ...props
}: ComponentProps<'button'> & { label: string }) {
  return (
    <button
      type="button"
      aria-label={`Time range: ${label}`}
      className="inline-flex h-8 max-w-72 items-center gap-1.5 rounded-md border border-line bg-surface px-2.5 text-xs font-medium whitespace-nowrap hover:bg-surface-2"
      {...props}
    >
      <CalendarRange aria-hidden className="size-3.5 shrink-0 text-muted" />
      <span className="truncate">{label}</span>
      <ChevronDown aria-hidden className="size-3.5 shrink-0 text-muted" />
    </button>
  )
}

/** Presets in one click, or a custom range on a calendar; the range is shown in words. */
export function TimeRangePicker(props: TimeRangePickerProps) {
  const [wanted, setWanted] = useState(false)
  const module = useDeferredModule(popover, wanted)
  if (!module) {
    return (
      <TimeRangeButton
        label={describeRange(props.search, props.now)}
        aria-haspopup="dialog"
        onClick={() => setWanted(true)}
      />
    )
  }
  const Popover = module.TimeRangePopover
  return <Popover {...props} />
}
