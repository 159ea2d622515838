import { useState } from 'react'
import { DayPicker, type DateRange } from 'react-day-picker'
import 'react-day-picker/style.css'
import './custom-range.css'
import { Button } from '@/components/button'
import { atTime, inZone, timeOf } from './zoned-day'

type CustomRangeProps = {
  /** The window shown now, to start the calendar from. */
  initial: { from: number; to: number }
  now: number
  /** The zone days and times are picked in (an IANA name; the browser's when undefined). */
  zone: string | undefined
  onApply: (range: { from: string; to: string }) => void
}

const day = 24 * 3_600_000

/** A date range on a calendar, with a start and end time; loaded only when opened. */
export function CustomRange({ initial, now, zone, onApply }: CustomRangeProps) {
  const [range, setRange] = useState<DateRange | undefined>({
    from: inZone(initial.from, zone),
    to: inZone(initial.to, zone),
  })
  const [fromTime, setFromTime] = useState(timeOf(initial.from, zone))
  const [toTime, setToTime] = useState(timeOf(initial.to, zone))
  const from = range?.from ? atTime(range.from, fromTime, zone) : undefined
  const to = range?.to
    ? atTime(range.to, toTime, zone)
    : from
      ? atTime(from, toTime, zone)
      : undefined
  const valid = from !== undefined && to !== undefined && from < to
  return (
    <div className="callboard-day-picker">
      <DayPicker
        mode="range"
        timeZone={zone}
        selected={range}
        onSelect={setRange}
        defaultMonth={inZone(initial.to - 20 * day, zone)}
        numberOfMonths={2}
        disabled={{ after: inZone(now, zone) }}
        showOutsideDays
      />
      <div className="flex flex-wrap items-end gap-3 border-t border-line px-3 pt-3">
        <TimeField label="Start time" value={fromTime} onChange={setFromTime} />
        <TimeField label="End time" value={toTime} onChange={setToTime} />
        <Button
          variant="primary"
          size="sm"
          className="ml-auto"
          disabled={!valid}
          onClick={() => {
            if (valid) onApply({ from: from.toISOString(), to: to.toISOString() })
          }}
        >
          Apply range
        </Button>
      </div>
      {!valid && range?.from ? (
        <p role="alert" className="px-3 pt-2 text-xs text-danger">
          The end must come after the start.
        </p>
      ) : null}
    </div>
  )
}

type TimeFieldProps = { label: string; value: string; onChange: (time: string) => void }

/** A clock time; cleared, it reads as midnight. */
function TimeField({ label, value, onChange }: TimeFieldProps) {
  return (
    <label className="flex flex-col gap-1 text-xs text-muted">
      {label}
      <input
        type="time"
        value={value}
        onChange={(event) => onChange(event.target.value || '00:00')}
        className="h-8 rounded-md border border-line bg-surface px-2 text-sm text-ink"
      />
    </label>
  )
}
