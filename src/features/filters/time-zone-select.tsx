import { ChevronDown, Globe } from 'lucide-react'
import { useId } from 'react'
import type { ZoneChoice } from '@/domain/time-zone'
import { useDisplayZone } from '@/lib/display-zone'
import { zoneOptions, zoneSummary } from './zone-options'

type TimeZoneSelectProps = {
  now: number
  /** The browser's zone is the default, so choosing it leaves `tz` out of the URL. */
  onChange: (tz: ZoneChoice | undefined) => void
}

/**
 * The zone times are shown in, as a toolbar chip ("Times in CST (account)")
 * over a native select: one control, read the same by every screen reader.
 */
export function TimeZoneSelect({ now, onChange }: TimeZoneSelectProps) {
  const display = useDisplayZone()
  const summaryId = useId()
  const summary = zoneSummary(display, now)
  return (
    <div className="relative inline-flex h-8 items-center gap-1.5 rounded-md border border-line bg-surface px-2.5 text-xs font-medium whitespace-nowrap hover:bg-surface-2 focus-within:outline-2 focus-within:outline-accent">
      <Globe aria-hidden className="size-3.5 shrink-0 text-muted" />
      <span id={summaryId} aria-hidden>
        {summary}
      </span>
      <ChevronDown aria-hidden className="size-3.5 shrink-0 text-muted" />
      <select
        aria-label={`Time zone: ${summary}`}
        className="absolute inset-0 cursor-pointer opacity-0"
        value={display.choice}
        onChange={(event) => {
          const value = event.target.value
          onChange(value === 'local' ? undefined : value)
        }}
      >
        {zoneOptions(display, now).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
