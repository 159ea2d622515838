import { useState } from 'react'
import { DayPicker, type DateRange } from 'react-day-picker'
import 'react-day-picker/style.css'
import './custom-range.css'
import { Button } from '@/components/button'

type CustomRangeProps = {
  /** The window shown now, to start the calendar from. */
  initial: { from: number; to: number }
  now: number
  onApply: (range: { from: string; to: string }) => void
}

const day = 24 * 3_600_000

const atTime = (date: Date, time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  const result = new Date(date)
  result.setHours(hours, minutes, 0, 0)
  return result
}

const timeOf = (time: number) => new Date(time).toTimeString().slice(0, 5)

/** A date range on a calendar, with a start and end time; loaded only when opened. */
export function CustomRange({ initial, now, onApply }: CustomRangeProps) {
  const [range, setRange] = useState<DateRange | undefined>({
    from: new Date(initial.from),
    to: new Date(initial.to),
  })
  const [fromTime, setFromTime] = useState(timeOf(initial.from))
  const [toTime, setToTime] = useState(timeOf(initial.to))
  const from = range?.from ? atTime(range.from, fromTime) : undefined
  const to = range?.to
    ? atTime(range.to, toTime)
    : from
      ? atTime(from, toTime)
      : undefined
  const valid = from !== undefined && to !== undefined && from < to
  return (
    <div className="callboard-day-picker">
      <DayPicker
        mode="range"
        selected={range}
        onSelect={setRange}
        defaultMonth={new Date(initial.to - 20 * day)}
        numberOfMonths={2}
        disabled={{ after: new Date(now) }}
        showOutsideDays
      />
      <div className="flex flex-wrap items-end gap-3 border-t border-line px-3 pt-3">
        <label className="flex flex-col gap-1 text-xs text-muted">
          Start time
          <input
            type="time"
            value={fromTime}
            onChange={(event) => setFromTime(event.target.value || '00:00')}
            className="h-8 rounded-md border border-line bg-surface px-2 text-sm text-ink"
          />
        </label>
        <label className="flex flex-col gap-1 text-xs text-muted">
          End time
          <input
            type="time"
            value={toTime}
            onChange={(event) => setToTime(event.target.value || '00:00')}
            className="h-8 rounded-md border border-line bg-surface px-2 text-sm text-ink"
          />
        </label>
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
