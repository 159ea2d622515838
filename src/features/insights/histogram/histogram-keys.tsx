import { memo, type KeyboardEvent } from 'react'
import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { capitalize, pluralize } from '@/lib/format'
import { barAfterKey } from '../chart-kit/bar-keys'
import { bucketLabel } from '../chart-kit/bucket-label'
import { plotHeight } from './histogram-frame'
import { useDisplayZone } from '@/lib/display-zone'
import type { Noun } from '@/domain/log-kind'

type Props = {
  points: readonly SeriesPoint[]
  interval: StatsInterval
  noun: Noun
  focus: number
  onFocusBar: (index: number | null) => void
  onSelect: (index: number) => void
}

/**
 * One button per bar over the chart, for the keyboard and screen readers:
 * one tab stop, the arrows, Home and End move along the bars (the chart shows
 * that bar's tooltip) and Enter narrows the range to it. The pointer goes
 * through them to the chart, which handles clicks and drags.
 */
export const HistogramKeys = memo(function HistogramKeys({
  points,
  interval,
  noun,
  focus,
  onFocusBar,
  onSelect,
}: Props) {
  const { formatZone } = useDisplayZone()
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = barAfterKey(event.key, focus, points.length)
    if (next === undefined) return
    event.preventDefault()
    event.currentTarget.querySelectorAll('button')[next]?.focus()
  }
  return (
    <div
      role="group"
      aria-label={`${capitalize(noun.many)} over time: pick a bar to narrow the time range to it`}
      className="pointer-events-none absolute inset-x-0 top-0 flex"
      style={{ height: plotHeight }}
      onKeyDown={onKeyDown}
    >
      {points.map((point, i) => (
        <button
          key={point.start}
          type="button"
          tabIndex={i === focus ? 0 : -1}
          aria-label={`${bucketLabel(point.time, interval, formatZone)}: ${pluralize(point.total, noun.one, noun.many)}. Narrow the time range to this ${interval}`}
          onFocus={() => onFocusBar(i)}
          onBlur={() => onFocusBar(null)}
          onClick={() => onSelect(i)}
          className="h-full min-w-0 flex-1 rounded-sm focus-visible:bg-accent/15 focus-visible:outline-offset-0"
        />
      ))}
    </div>
  )
})
