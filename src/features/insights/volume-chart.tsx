import { useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { outcomeStyle } from '@/components/outcome-style'
import { brushWindow, windowSearch } from '@/domain/insights/time-brush'
import type { LogSearch } from '@/domain/log-search'
import { isOutcomeGroup, type OutcomeGroup } from '@/domain/outcomes'
import type { TimeWindow } from '@/domain/time-range'
import { pluralize } from '@/lib/format'
import { bucketLabel, bucketTick } from './bucket-label'
import { stackedPaths } from './histogram-paths'
import { countTicks, segmentAt, tickIndexes } from './volume-geometry'
import { VolumeAxis } from './volume-axis'
import { VolumeTip, type ActiveBar } from './volume-tip'
import { barAfterKey } from './bar-keys'

type VolumeChartProps = {
  points: readonly SeriesPoint[]
  /** The groups shown, bottom up. */
  keys: readonly OutcomeGroup[]
  interval: StatsInterval
  window: TimeWindow
  /** The chart in one sentence, for screen readers. */
  summary: string
  words: { one: string; many: string; log: string }
  onOpen: (patch: Partial<LogSearch>) => void
}

const plotPx = 208
/** viewBox units: the bars are drawn with preserveAspectRatio="none", so only ratios matter. */
const step = 10
const height = 100

/**
 * Records per interval, stacked by outcome group in the catalog's order, as
 * one SVG path per group. Each bar is a button laid over the drawing: a click
 * on a part opens that interval and outcome in the log, Enter the interval.
 */
export function VolumeChart({
  points,
  keys,
  interval,
  window,
  summary,
  words,
  onOpen,
}: VolumeChartProps) {
  const [active, setActive] = useState<ActiveBar | null>(null)
  const [focus, setFocus] = useState(0)
  const shownTotals = points.map((point) =>
    keys.reduce((sum, key) => sum + (point.counts[key] ?? 0), 0),
  )
  const ticks = countTicks(Math.max(0, ...shownTotals))
  const top = ticks[ticks.length - 1] ?? 1
  const paths = stackedPaths(points, keys, {
    step,
    gap: points.length > 60 ? 2 : 3.5,
    height,
    top,
  })
  const width = Math.max(1, points.length) * step

  const open = (index: number, key: OutcomeGroup | undefined) => {
    const point = points[index]
    const range = point
      ? brushWindow([{ start: point.time, end: Date.parse(point.end) }], 0, 0, window)
      : null
    if (!range) return
    onOpen({
      ...windowSearch(range),
      range: undefined,
      ...(key ? { outcome: [key], status: undefined } : {}),
    })
  }
  /** The group under the pointer: its height in the button, as a count. */
  const keyAt = (event: MouseEvent<HTMLElement>, index: number) => {
    const box = event.currentTarget.getBoundingClientRect()
    const point = points[index]
    if (!point || box.height <= 0) return undefined
    const value = (1 - (event.clientY - box.top) / box.height) * top
    return segmentAt(point, keys, value)?.key
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = barAfterKey(event.key, focus, points.length)
    if (next === undefined) return
    event.preventDefault()
    event.currentTarget.querySelectorAll('button')[next]?.focus()
  }

  const shown = active ? points[active.index] : undefined
  return (
    <div className="@container relative">
      <div className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2">
        <VolumeAxis ticks={ticks} heightPx={plotPx} />
        <div className="relative" style={{ height: plotPx }}>
          <svg
            role="img"
            aria-label={summary}
            viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio="none"
            className="absolute inset-0 size-full overflow-visible"
          >
            {ticks.slice(1).map((tick) => (
              <line
                key={tick}
                x1="0"
                x2={width}
                y1={height - (tick / top) * height}
                y2={height - (tick / top) * height}
                stroke="var(--line)"
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {active ? (
              <rect
                x={active.index * step}
                width={step}
                y="0"
                height={height}
                fill="var(--surface-2)"
              />
            ) : null}
            {paths.map(({ key, d }) => (
              <path
                key={key}
                d={d}
                data-mark
                fill={isOutcomeGroup(key) ? outcomeStyle(key).chart : 'var(--faint)'}
              />
            ))}
            <line
              x1="0"
              x2={width}
              y1={height}
              y2={height}
              stroke="var(--line-strong)"
              vectorEffect="non-scaling-stroke"
            />
          </svg>
          <div
            role="group"
            aria-label={`${capitalize(words.many)} per ${interval}: pick a bar to open that ${interval} in the ${words.log}`}
            className="absolute inset-0 flex"
            onKeyDown={onKeyDown}
            onPointerLeave={() => setActive((a) => (a?.by === 'pointer' ? null : a))}
          >
            {points.map((point, i) => (
              <button
                key={point.start}
                type="button"
                tabIndex={i === Math.min(focus, points.length - 1) ? 0 : -1}
                aria-label={`${bucketLabel(point.time, interval)}: ${pluralize(point.total, words.one, words.many)}. Open this ${interval} in the ${words.log}`}
                onFocus={() => {
                  setFocus(i)
                  setActive((a) => (a?.index === i ? a : { index: i, by: 'keyboard' }))
                }}
                onBlur={() => setActive((a) => (a?.by === 'keyboard' ? null : a))}
                onPointerMove={(event) => {
                  const key = keyAt(event, i)
                  setActive((a) =>
                    a?.index === i && a.key === key && a.by === 'pointer'
                      ? a
                      : { index: i, key, by: 'pointer' },
                  )
                }}
                // A click names the part under the pointer; Enter (detail 0) the whole bar.
                onClick={(event) =>
                  open(i, event.detail === 0 ? undefined : keyAt(event, i))
                }
                className="h-full min-w-0 flex-1 cursor-pointer rounded-sm focus-visible:outline-offset-0"
              />
            ))}
          </div>
          {active && shown ? (
            <VolumeTip
              active={active}
              point={shown}
              count={points.length}
              keys={keys}
              interval={interval}
              words={words}
            />
          ) : null}
        </div>
        <div
          aria-hidden
          className="relative col-start-2 mt-1.5 h-4 text-[11px] text-muted tabular-nums"
        >
          {tickIndexes(points.length, 14).map((index, n) => {
            const point = points[index]
            return point ? (
              <span
                key={index}
                // Every other date gives way in a narrow card.
                className={`absolute -translate-x-1/2 whitespace-nowrap ${n % 2 === 1 ? '@max-3xl:hidden' : ''}`}
                style={{ left: `${((index + 0.5) / points.length) * 100}%` }}
              >
                {bucketTick(point.time, interval)}
              </span>
            ) : null
          })}
        </div>
      </div>
    </div>
  )
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
