import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { outcomeStyle } from '@/components/outcome-style'
import { brushWindow, windowSearch } from '@/domain/insights/time-brush'
import type { LogSearch } from '@/domain/log-search'
import { isOutcomeGroup, outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import type { TimeWindow } from '@/domain/time-range'
import { formatCount, formatPercent } from '@/lib/format'
import { bucketLabel, bucketTick } from './bucket-label'
import { TipBody } from './tip-body'

type VolumeChartProps = {
  points: readonly SeriesPoint[]
  keys: readonly OutcomeGroup[]
  interval: StatsInterval
  window: TimeWindow
  words: { one: string; many: string; log: string }
  onOpen: (patch: Partial<LogSearch>) => void
}

const groupLabel = (key: string) => (isOutcomeGroup(key) ? outcomeInfo[key].label : key)

/**
 * Records per interval, stacked by outcome group in the catalog's order.
 * No animation: new filters redraw the bars at once instead of replaying.
 */
export function VolumeChart({
  points,
  keys,
  interval,
  window,
  words,
  onOpen,
}: VolumeChartProps) {
  const data = points as SeriesPoint[]
  const buckets = points.map((p) => ({ start: p.time, end: Date.parse(p.end) }))
  const open = (point: SeriesPoint | undefined, key: OutcomeGroup) => {
    const index = point ? points.indexOf(point) : -1
    const range = brushWindow(buckets, index, index, window)
    if (range)
      onOpen({
        ...windowSearch(range),
        range: undefined,
        outcome: [key],
        status: undefined,
      })
  }
  return (
    <BarChart
      responsive
      data={data}
      accessibilityLayer={false}
      margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
      barCategoryGap={data.length > 60 ? 1 : '18%'}
      style={{ width: '100%', height: 240 }}
    >
      <CartesianGrid vertical={false} stroke="var(--line)" />
      <XAxis
        dataKey="time"
        tickFormatter={(time: number) => bucketTick(time, interval)}
        tick={{ fill: 'var(--muted)', fontSize: 11 }}
        tickLine={false}
        axisLine={{ stroke: 'var(--line-strong)' }}
        minTickGap={24}
      />
      <YAxis
        width={44}
        allowDecimals={false}
        tickFormatter={(value: number) => formatCount(value)}
        tick={{ fill: 'var(--muted)', fontSize: 11 }}
        tickLine={false}
        axisLine={false}
      />
      <Tooltip
        shared={false}
        isAnimationActive={false}
        cursor={{ fill: 'var(--surface-2)' }}
        wrapperStyle={{ zIndex: 20 }}
        content={({ active, payload }) => {
          const item = payload[0]
          const point = item?.payload as SeriesPoint | undefined
          const key = String(item?.dataKey ?? '').replace('counts.', '')
          if (!active || !point || !isOutcomeGroup(key)) return null
          const count = point.counts[key] ?? 0
          return (
            <div className="w-64 rounded-lg border border-line bg-surface p-3 text-xs/relaxed text-ink shadow-lg">
              <TipBody
                title={`${groupLabel(key)} · ${bucketLabel(point.time, interval)}`}
                color={outcomeStyle(key).chart}
                facts={[
                  [groupLabel(key), formatCount(count)],
                  [
                    'Of the interval',
                    point.total > 0 ? formatPercent(count / point.total) : '–',
                  ],
                  [`All ${words.many}`, formatCount(point.total)],
                ]}
                meaning={outcomeInfo[key].description}
                action={`Click to open the ${words.log} for this ${interval}`}
              />
            </div>
          )
        }}
      />
      {keys.map((key, i) => (
        <Bar
          key={key}
          dataKey={`counts.${key}`}
          name={groupLabel(key)}
          stackId="volume"
          fill={outcomeStyle(key).chart}
          isAnimationActive={false}
          radius={i === keys.length - 1 ? [2, 2, 0, 0] : 0}
          className="cursor-pointer"
          onClick={(item) => open(item.payload as SeriesPoint | undefined, key)}
        />
      ))}
    </BarChart>
  )
}
