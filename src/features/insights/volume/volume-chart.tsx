import { memo, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { brushWindow, windowSearch } from '@/domain/insights/time-brush'
import type { LogSearch } from '@/domain/log-search'
import { isOutcomeGroup, type OutcomeGroup } from '@/domain/outcomes'
import type { TimeWindow } from '@/domain/time-range'
import { capitalize, formatCount, pluralize } from '@/lib/format'
import { barAfterKey } from '../chart-kit/bar-keys'
import { bucketLabel, bucketTick } from '../chart-kit/bucket-label'
import { ChartContainer } from '../chart-kit/chart-container'
import { outcomeChartConfig } from '../chart-kit/chart-config'
import { createHoverKey } from '../chart-kit/hover-key'
import { tickIndexes, volumeColumn, type VolumeDatum } from './volume-columns'
import { PointerVolumeTooltip, VolumeTooltip } from './volume-tooltip'
import { useDisplayZone } from '@/lib/display-zone'
import type { LogKindInfo } from '@/domain/log-kind'

type VolumeChartProps = {
  points: readonly SeriesPoint[]
  /** The groups shown, bottom up. */
  keys: readonly OutcomeGroup[]
  interval: StatsInterval
  window: TimeWindow
  /** The chart in one sentence, for screen readers. */
  summary: string
  words: LogKindInfo
  onOpen: (patch: Partial<LogSearch>) => void
}

const height = 240
const margin = { top: 8, right: 4, bottom: 0, left: 0 }
const axisWidth = 44
const axisHeight = 24
const tick = { fill: 'var(--muted)', fontSize: 11 }

/**
 * Records per interval, stacked by outcome group in the catalog's order: a
 * recharts `<BarChart>` whose one `<Bar>` draws each column's parts. A click
 * on a part opens that interval and outcome in the log; the keyboard moves
 * along a row of buttons over the bars and opens an interval with Enter.
 */
export const VolumeChart = memo(function VolumeChart({
  points,
  keys,
  interval,
  window,
  summary,
  words,
  onOpen,
}: VolumeChartProps) {
  const { formatZone } = useDisplayZone()
  const [focus, setFocus] = useState(0)
  const [focused, setFocused] = useState(false)
  const [hover] = useState(createHoverKey)
  const data = useMemo(
    () =>
      points.map((point, index): VolumeDatum => ({
        index,
        time: point.time,
        shown: keys.reduce((sum, key) => sum + (point.counts[key] ?? 0), 0),
        point,
      })),
    [points, keys],
  )
  const shape = useMemo(() => volumeColumn(keys), [keys])

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
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = barAfterKey(event.key, focus, points.length)
    if (next === undefined) return
    event.preventDefault()
    event.currentTarget.querySelectorAll('button')[next]?.focus()
  }
  const partAt = (event: MouseEvent) => {
    const key = (event.target as Element).getAttribute('data-key')
    return key && isOutcomeGroup(key) ? key : undefined
  }

  const shown = focused ? data[focus] : undefined
  return (
    <div className="relative">
      <div
        role="img"
        aria-label={summary}
        onMouseMove={(event) => hover.set(partAt(event))}
        onMouseLeave={() => hover.set(undefined)}
      >
        <ChartContainer config={outcomeChartConfig} height={height}>
          {(width) => (
            <BarChart
              width={width}
              height={height}
              data={data}
              margin={margin}
              barCategoryGap={data.length > 60 ? 1 : '18%'}
              accessibilityLayer={false}
              onClick={(state, event) => {
                const index = Number(state.activeTooltipIndex)
                if (Number.isInteger(index)) open(index, partAt(event))
              }}
            >
              <CartesianGrid vertical={false} stroke="var(--line)" />
              <XAxis
                dataKey="time"
                height={axisHeight}
                ticks={tickIndexes(data.length, Math.floor((width - axisWidth) / 64)).map(
                  (i) => data[i]?.time ?? 0,
                )}
                interval={0}
                tickFormatter={(time: number) => bucketTick(time, interval, formatZone)}
                tick={tick}
                tickLine={false}
                axisLine={{ stroke: 'var(--line-strong)' }}
              />
              <YAxis
                width={axisWidth}
                allowDecimals={false}
                interval={0}
                tickFormatter={(value: number) => formatCount(value)}
                tick={tick}
                tickLine={false}
                axisLine={false}
              />
              <Tooltip
                isAnimationActive={false}
                cursor={{ fill: 'var(--surface-2)' }}
                wrapperStyle={{ zIndex: 20 }}
                content={(props) => (
                  <PointerVolumeTooltip
                    hover={hover}
                    active={props.active}
                    payload={props.payload}
                    keys={keys}
                    interval={interval}
                    words={words}
                  />
                )}
              />
              <Bar
                dataKey="shown"
                isAnimationActive={false}
                shape={shape}
                activeBar={false}
              />
            </BarChart>
          )}
        </ChartContainer>
      </div>
      <div
        role="group"
        aria-label={`${capitalize(words.noun.many)} per ${interval}: pick a bar to open that ${interval} in the ${words.log}`}
        className="pointer-events-none absolute flex"
        style={{
          left: margin.left + axisWidth,
          right: margin.right,
          top: margin.top,
          height: height - margin.top - axisHeight,
        }}
        onKeyDown={onKeyDown}
      >
        {points.map((point, i) => (
          <button
            key={point.start}
            type="button"
            tabIndex={i === Math.min(focus, points.length - 1) ? 0 : -1}
            aria-label={`${bucketLabel(point.time, interval, formatZone)}: ${pluralize(point.total, words.noun.one, words.noun.many)}. Open this ${interval} in the ${words.log}`}
            onFocus={() => {
              setFocus(i)
              setFocused(true)
            }}
            onBlur={() => setFocused(false)}
            onClick={() => open(i, undefined)}
            className="h-full min-w-0 flex-1 rounded-sm focus-visible:outline-offset-0"
          />
        ))}
      </div>
      {shown ? (
        <div
          aria-hidden
          className="pointer-events-none absolute top-2 z-20"
          style={beside(shown.index, data.length)}
        >
          <VolumeTooltip
            datum={shown}
            keys={keys}
            interval={interval}
            words={words}
            by="keyboard"
          />
        </div>
      ) : null}
    </div>
  )
})

/** The keyboard's tooltip: beside its bar, towards the middle, so it never hides the bar. */
function beside(index: number, count: number) {
  const at = (i: number) =>
    `calc(${axisWidth}px + (100% - ${axisWidth + margin.right}px) * ${i / Math.max(1, count)})`
  return index + 0.5 < count / 2
    ? { left: `calc(${at(index + 1)} + 8px)` }
    : { right: `calc(100% - ${at(index)} + 8px)` }
}
