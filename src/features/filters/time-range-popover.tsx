import { Popover } from 'radix-ui'
import { lazy, Suspense, useState } from 'react'
import { rangePresets, type LogSearch, type RangePreset } from '@/domain/log-search'
import { describeRange, rangeLabels, viewWindow } from '@/domain/time-range'
import { windowZone } from '@/domain/time-zone'
import { TimeRangeButton } from './time-range-picker'

const CustomRange = lazy(() =>
  import('./custom-range').then((module) => ({ default: module.CustomRange })),
)

export type TimeRangePickerProps = {
  /** `tz` is the zone days are picked in (the page's, as an IANA name). */
  search: Pick<LogSearch, 'range' | 'from' | 'to' | 'tz'>
  now: number
  onChange: (range: Pick<LogSearch, 'range' | 'from' | 'to'>) => void
}

/** The range popover; it replaces the stand-in button, open, on first use. */
export function TimeRangePopover({ search, now, onChange }: TimeRangePickerProps) {
  const [open, setOpen] = useState(true)
  const current = search.from || search.to ? 'custom' : (search.range ?? '30d')
  const [custom, setCustom] = useState(current === 'custom')
  const pick = (range: Pick<LogSearch, 'range' | 'from' | 'to'>) => {
    onChange(range)
    setOpen(false)
  }
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) setCustom(current === 'custom')
      }}
    >
      <Popover.Trigger asChild>
        <TimeRangeButton label={describeRange(search, now)} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={4}
          collisionPadding={8}
          aria-label="Choose a time range"
          className="z-50 flex max-w-[calc(100vw-1rem)] rounded-lg border border-line bg-surface text-sm shadow-lg"
        >
          <div className="flex w-40 shrink-0 flex-col gap-0.5 border-r border-line p-1.5">
            {rangePresets.map((preset: RangePreset) => (
              <button
                key={preset}
                type="button"
                aria-pressed={current === preset}
                onClick={() => pick({ range: preset })}
                className="rounded px-2 py-1.5 text-left hover:bg-surface-2 aria-pressed:bg-accent-soft aria-pressed:font-medium"
              >
                {rangeLabels[preset]}
              </button>
            ))}
            <button
              type="button"
              aria-pressed={custom}
              onClick={() => setCustom(true)}
              className="rounded px-2 py-1.5 text-left hover:bg-surface-2 aria-pressed:bg-accent-soft aria-pressed:font-medium"
            >
              Custom range…
            </button>
          </div>
          {custom ? (
            <Suspense
              fallback={<p className="w-[34rem] p-6 text-muted">Loading calendar…</p>}
            >
              <CustomRange
                initial={viewWindow(search, now)}
                now={now}
                zone={windowZone(search.tz)}
                onApply={(range) => pick(range)}
              />
            </Suspense>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
