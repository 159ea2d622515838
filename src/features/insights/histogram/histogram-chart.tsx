import { memo, useMemo } from 'react'
import {
  Bar,
  BarChart,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type MouseHandlerDataParam,
} from 'recharts'
import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { bucketTick } from '../chart-kit/bucket-label'
import { axisHeight, plotHeight } from './histogram-frame'
import type { ChartConfig } from '../chart-kit/chart-config'
import { columnSegments, drawsAsColumns, type HistogramData } from './histogram-data'
import { HistogramTip } from './histogram-tip'
import type { Span } from './use-bar-brush'
import { useDisplayZone } from '@/lib/display-zone'
import type { Noun } from '@/domain/log-kind'

const chartHeight = plotHeight + axisHeight
const margin = { top: 0, right: 0, bottom: 0, left: 0 }

type Props = {
  data: HistogramData
  interval: StatsInterval
  width: number
  noun: Noun
  /** The bars a drag is across, drawn as a `<ReferenceArea>`. */
  selection: Span | null
  /** The bar the keyboard is on: its tooltip shows as a hovered bar's does. */
  focus: number | null
  onPress: (index: number) => void
  onDrag: (index: number) => void
}

/**
 * The histogram as recharts draws it: one stacked `<Bar>` per series, or,
 * with many bars × series, one `<Bar>` whose shape draws each column's
 * segments. Memoised: only a new answer, a drag or the keyboard redraws it.
 */
export const HistogramChart = memo(function HistogramChart({
  data,
  interval,
  width,
  noun,
  selection,
  focus,
  onPress,
  onDrag,
}: Props) {
  const { rows, keys, config } = data
  const columns = drawsAsColumns(rows.length, keys.length)
  const ticks = useMemo(() => axisTicks(rows), [rows])
  const shape = useMemo(() => columnShape(keys, config), [keys, config])
  const first = selection && rows[Math.min(selection.from, selection.to)]
  const last = selection && rows[Math.max(selection.from, selection.to)]
  return (
    <BarChart
      width={width}
      height={chartHeight}
      data={rows}
      margin={margin}
      barCategoryGap={rows.length > 60 ? '20%' : '30%'}
      // Our buttons carry the keyboard (arrows, Home, End and Enter to narrow)
      // and the text alternatives; the layer would add a second tab stop that
      // can only move the tooltip.
      accessibilityLayer={false}
      onMouseDown={(state, event) => {
        const index = indexOf(state)
        if (event.button === 0 && index !== null) onPress(index)
      }}
      onMouseMove={(state) => {
        const index = indexOf(state)
        if (index !== null) onDrag(index)
      }}
    >
      <XAxis
        dataKey="start"
        ticks={ticks}
        interval={0}
        height={axisHeight}
        tickLine={false}
        axisLine={{ stroke: 'var(--line)' }}
        tick={(props: TickProps) => (
          <AxisTick {...props} ticks={ticks} interval={interval} />
        )}
      />
      <YAxis hide domain={[0, 'dataMax']} />
      {columns ? (
        <Bar dataKey="total" isAnimationActive={false} shape={shape} />
      ) : (
        keys.map((key) => (
          <Bar
            key={key}
            name={config[key]?.label}
            dataKey={(row: SeriesPoint) => row.counts[key] ?? 0}
            stackId="volume"
            fill={config[key]?.color}
            isAnimationActive={false}
          />
        ))
      )}
      <Tooltip
        isAnimationActive={false}
        active={selection ? false : focus !== null ? true : undefined}
        defaultIndex={focus ?? undefined}
        allowEscapeViewBox={{ x: false, y: true }}
        wrapperStyle={{ zIndex: 20 }}
        cursor={{ fill: 'var(--ink)', fillOpacity: 0.06, stroke: 'none' }}
        content={({ active, payload }) => {
          const row = payload[0]?.payload as SeriesPoint | undefined
          return active && row ? (
            <HistogramTip
              row={row}
              keys={keys}
              config={config}
              interval={interval}
              noun={noun}
              by={focus !== null ? 'keyboard' : 'pointer'}
            />
          ) : null
        }}
      />
      {first && last ? (
        <ReferenceArea
          x1={first.start}
          x2={last.start}
          fill="var(--accent)"
          fillOpacity={0.15}
          stroke="var(--accent)"
          ifOverflow="visible"
        />
      ) : null}
    </BarChart>
  )
})

/** The bar a recharts mouse event is over, if any. */
function indexOf(state: MouseHandlerDataParam): number | null {
  const index = Number(state.activeIndex ?? Number.NaN)
  return Number.isInteger(index) && index >= 0 ? index : null
}

/** One column's segments, each in its series' colour: one `<Bar>` draws them all. */
function columnShape(keys: readonly string[], config: ChartConfig) {
  return function Column({ x, y, width, height, payload }: BarShapeProps) {
    const row = payload as SeriesPoint
    const segments = columnSegments(row.counts, keys, { y, height })
    return (
      <g>
        {segments.map((s) => (
          <path
            key={s.key}
            data-mark={s.key}
            fill={config[s.key]?.color}
            d={`M${x},${s.y}h${width}v${s.height}h${-width}z`}
          />
        ))}
      </g>
    )
  }
}

/** First, middle and last bar: enough to place the range without crowding a compact chart. */
function axisTicks(rows: readonly SeriesPoint[]): string[] {
  if (rows.length === 0) return []
  const picks = [0, Math.floor((rows.length - 1) / 2), rows.length - 1]
  return [...new Set(picks.map((i) => rows[i]?.start ?? ''))]
}

type TickProps = {
  x?: number | string
  y?: number | string
  payload?: { value?: string }
}

/** The first tick starts at its bar and the last ends at its bar, so neither is clipped. */
function AxisTick({
  x,
  y,
  payload,
  ticks,
  interval,
}: TickProps & { ticks: readonly string[]; interval: StatsInterval }) {
  const { formatZone } = useDisplayZone()
  const value = payload?.value ?? ''
  const anchor =
    ticks.length > 1 && value === ticks[0]
      ? 'start'
      : value === ticks[ticks.length - 1] && ticks.length > 1
        ? 'end'
        : 'middle'
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dy={10}
      textAnchor={anchor}
      fontSize={10}
      fill="var(--faint)"
      className="tabular-nums"
    >
      {bucketTick(Date.parse(value), interval, formatZone)}
    </text>
  )
}
