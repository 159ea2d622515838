import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { logKeys } from '@/api/logs'
import { statsQueryOptions } from '@/api/stats'
import type { SeriesPoint, StatsInterval } from '@/api/stats-schema'
import { outcomeStyle } from '@/components/outcome-style'
import { brushWindow, bucketAt, windowSearch } from '@/domain/insights/time-brush'
import { outcomeOrder } from '@/domain/insights/outcome-order'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { isOutcomeGroup, outcomeInfo } from '@/domain/outcomes'
import { viewWindow } from '@/domain/time-range'
import { formatCount, pluralize } from '@/lib/format'
import { bucketLabel } from './bucket-label'
import { stackedPaths } from './histogram-paths'
import { histogramHeight } from './histogram-frame'
import { statsQuery } from './stats-query'
import { barAfterKey } from './bar-keys'

export type VolumeHistogramProps = {
  kind: LogKind
  search: LogSearch
  now: number
  onSearchChange: (patch: Partial<LogSearch>) => void
}

const noun = { calls: ['call', 'calls'], texts: ['text', 'texts'] } as const
const plotHeight = 48
/** The plot's height on screen; the caption and date axis take the rest of the frame. */
const plotPx = histogramHeight - 40
const step = 10

/**
 * A log's volume over time, stacked by outcome group, above its table.
 * Drag across it (or pick a bar with the keyboard) to narrow the time range,
 * as log explorers do. Hand-drawn SVG, so the log pages carry no chart library.
 */
export function VolumeHistogram({
  kind,
  search,
  now,
  onSearchChange,
}: VolumeHistogramProps) {
  const query = useMemo(() => statsQuery(search, now), [search, now])
  // The table's rows come first: the figures are asked for once its page is in.
  const ready = useFirstListSettled(kind)
  const stats = useQuery({
    ...statsQueryOptions(kind, query),
    enabled: ready,
    placeholderData: keepPreviousData,
  })
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null)
  const [hover, setHover] = useState<number | null>(null)
  const [focus, setFocus] = useState(0)
  const [one, many] = noun[kind]

  // Drawn once per answer: a re-render for "updating…" or a hover redraws nothing.
  const drawn = useMemo(() => draw(stats.data?.series), [stats.data?.series])
  const { points, keys, buckets, total, paths } = drawn
  const interval = stats.data?.range.interval ?? query.interval
  const window = viewWindow(search, now)

  const select = (a: number, b: number) => {
    const range = brushWindow(buckets, a, b, window)
    if (range) onSearchChange({ ...windowSearch(range), range: undefined, id: undefined })
  }
  // The bars keep their handlers while the view changes; the latest select runs.
  const latestSelect = useRef(select)
  useLayoutEffect(() => {
    latestSelect.current = select
  })
  const selectBar = useCallback((i: number) => latestSelect.current(i, i), [])
  const indexAt = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    return bucketAt(event.clientX - box.left, box.width, points.length)
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || points.length === 0) return
    event.currentTarget.setPointerCapture(event.pointerId)
    const i = indexAt(event)
    setDrag({ from: i, to: i })
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (points.length === 0) return
    const i = indexAt(event)
    setHover(i)
    if (drag) setDrag({ from: drag.from, to: i })
  }
  const onPointerUp = () => {
    if (drag) select(drag.from, drag.to)
    setDrag(null)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = barAfterKey(event.key, focus, points.length)
    if (next === undefined) return
    event.preventDefault()
    setFocus(next)
    setHover(next)
    const buttons = event.currentTarget.querySelectorAll('button')
    buttons[next]?.focus()
  }

  const shown = drag ?? null
  const tip = hover === null ? undefined : points[hover]
  const status = stats.isError
    ? 'error'
    : stats.data === undefined
      ? 'loading'
      : total === 0
        ? 'empty'
        : 'ready'

  return (
    <div className="px-4 pb-3 lg:px-6" data-histogram={kind}>
      <div className="flex items-baseline justify-between gap-3 text-xs text-muted">
        <p>
          {status === 'ready' ? (
            <>
              <span className="font-medium text-ink">{pluralize(total, one, many)}</span>
              {/* The last filter's count until the new one is in, as the table says too. */}
              {stats.isPlaceholderData
                ? ' · updating…'
                : ' over time · drag across the bars to narrow the range'}
            </>
          ) : status === 'error' ? (
            <>
              Volume over time could not be loaded: {stats.error?.message}{' '}
              <button
                type="button"
                onClick={() => void stats.refetch()}
                className="font-medium text-accent hover:underline"
              >
                Retry
              </button>
            </>
          ) : status === 'empty' ? (
            `No ${many} in this range`
          ) : (
            'Loading volume…'
          )}
        </p>
      </div>
      <div
        className="relative mt-1.5 select-none"
        style={{ height: plotPx }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        onPointerLeave={() => setHover(null)}
      >
        <svg
          aria-hidden
          viewBox={`0 0 ${Math.max(1, points.length) * step} ${plotHeight}`}
          preserveAspectRatio="none"
          className={`absolute inset-0 size-full transition-opacity ${stats.isPlaceholderData ? 'opacity-50' : ''}`}
        >
          <line
            x1="0"
            x2={points.length * step}
            y1={plotHeight}
            y2={plotHeight}
            stroke="var(--line)"
            vectorEffect="non-scaling-stroke"
          />
          {paths.map(({ key, d }) => (
            <path
              key={key}
              d={d}
              fill={isOutcomeGroup(key) ? outcomeStyle(key).chart : 'var(--faint)'}
            />
          ))}
        </svg>
        {shown ? (
          <div
            aria-hidden
            className="pointer-events-none absolute inset-y-0 rounded-sm border border-accent bg-accent/15"
            style={{
              left: `${(Math.min(shown.from, shown.to) / points.length) * 100}%`,
              width: `${((Math.abs(shown.to - shown.from) + 1) / points.length) * 100}%`,
            }}
          />
        ) : null}
        <div
          role="group"
          aria-label={`${many.charAt(0).toUpperCase()}${many.slice(1)} over time: pick a bar to narrow the time range to it`}
          className="absolute inset-0 flex"
          onKeyDown={onKeyDown}
        >
          <Bars
            points={points}
            interval={interval}
            focus={Math.min(focus, points.length - 1)}
            noun={noun[kind]}
            onHover={setHover}
            onSelect={selectBar}
          />
        </div>
        {tip && hover !== null && !drag ? (
          <div
            aria-hidden
            className="pointer-events-none absolute bottom-full z-20 mb-1 w-max max-w-60 -translate-x-1/2 rounded-md border border-line bg-surface px-2 py-1.5 text-[11px] shadow-lg"
            style={{ left: `${((hover + 0.5) / points.length) * 100}%` }}
          >
            <p className="font-semibold">
              {bucketLabel(tip.time, interval)} · {pluralize(tip.total, one, many)}
            </p>
            {keys
              .filter((key) => (tip.counts[key] ?? 0) > 0)
              .map((key) => (
                <p key={key} className="flex items-center gap-1.5 text-muted">
                  <span
                    aria-hidden
                    className="size-2 rounded-sm"
                    style={{
                      background: isOutcomeGroup(key)
                        ? outcomeStyle(key).chart
                        : 'var(--faint)',
                    }}
                  />
                  {isOutcomeGroup(key) ? outcomeInfo[key].label : key}
                  <span className="ml-auto pl-3 text-ink tabular-nums">
                    {formatCount(tip.counts[key] ?? 0)}
                  </span>
                </p>
              ))}
          </div>
        ) : null}
      </div>
      <div
        aria-hidden
        className="mt-1 flex h-3.5 justify-between text-[10px] text-faint tabular-nums"
      >
        {axisTicks(points.length).map((i) => {
          const point = points[i]
          return <span key={i}>{point ? bucketLabel(point.time, interval) : ''}</span>
        })}
      </div>
    </div>
  )
}

type BarsProps = {
  points: SeriesPoint[]
  interval: StatsInterval
  focus: number
  noun: readonly [string, string]
  onHover: (index: number | null) => void
  onSelect: (index: number) => void
}

/** One button per bar, for the keyboard and screen readers; re-rendered only with the bars. */
const Bars = memo(function Bars({
  points,
  interval,
  focus,
  noun: [one, many],
  onHover,
  onSelect,
}: BarsProps) {
  return points.map((point, i) => (
    <button
      key={point.start}
      type="button"
      tabIndex={i === focus ? 0 : -1}
      aria-label={`${bucketLabel(point.time, interval)}: ${pluralize(point.total, one, many)}. Narrow the time range to this ${interval}`}
      onFocus={() => onHover(i)}
      onBlur={() => onHover(null)}
      // Pointer clicks are handled as a one-bar drag; this is the keyboard's way.
      onClick={(event) => event.detail === 0 && onSelect(i)}
      className="h-full min-w-0 flex-1 cursor-crosshair rounded-sm hover:bg-ink/5 focus-visible:bg-accent/15 focus-visible:outline-offset-0"
    />
  ))
})

const noSeries = { keys: [] as string[], points: [] as SeriesPoint[] }

/** What an answer's series draws as: its bars' spans, total and stacked paths. */
function draw(series: { keys: string[]; points: SeriesPoint[] } = noSeries) {
  const { points } = series
  const keys = outcomeOrder(series.keys)
  return {
    points,
    keys,
    buckets: points.map((p) => ({ start: p.time, end: Date.parse(p.end) })),
    total: points.reduce((sum, p) => sum + p.total, 0),
    paths: stackedPaths(points, keys, {
      step,
      gap: points.length > 60 ? 2 : 3,
      height: plotHeight,
    }),
  }
}

/**
 * Whether the log's first page has come in, latched: the histogram asks for
 * its figures after the table's rows, and later list fetches (scrolling, a new
 * filter) do not re-render it.
 */
function useFirstListSettled(kind: LogKind): boolean {
  const queryClient = useQueryClient()
  const settled = useRef(false)
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  )
  return useSyncExternalStore(subscribe, () => {
    settled.current ||= queryClient.isFetching({ queryKey: logKeys.lists(kind) }) === 0
    return settled.current
  })
}

/** First, middle and last bar: enough to place the range without crowding a compact chart. */
function axisTicks(count: number): number[] {
  if (count === 0) return []
  return [...new Set([0, Math.floor((count - 1) / 2), count - 1])]
}
