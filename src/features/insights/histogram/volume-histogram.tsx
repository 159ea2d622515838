import { keepPreviousData, useQuery } from '@tanstack/react-query'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react'
import { statsQueryOptions } from '@/api/stats'
import { brushWindow, windowSearch } from '@/domain/insights/time-brush'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { viewWindow } from '@/domain/time-range'
import { useDeferredModule } from '@/lib/deferred-module'
import { pluralize } from '@/lib/format'
import { histogramChart } from './histogram-chart-module'
import { histogramData } from './histogram-data'
import { axisHeight, plotHeight } from './histogram-frame'
import { HistogramKeys } from './histogram-keys'
import { useBarBrush } from './use-bar-brush'
import { statsQuery } from '../stats-query'

export type VolumeHistogramProps = {
  kind: LogKind
  search: LogSearch
  now: number
  onSearchChange: (patch: Partial<LogSearch>) => void
}

/**
 * A log's volume over time, stacked by outcome group, above its table, drawn
 * with recharts. Drag across it, click a bar, or pick one with the keyboard
 * to narrow the time range, as log explorers do.
 */
export function VolumeHistogram({
  kind,
  search,
  now,
  onSearchChange,
}: VolumeHistogramProps) {
  const query = useMemo(() => statsQuery(search, now), [search, now])
  const stats = useQuery({
    ...statsQueryOptions(kind, query),
    placeholderData: keepPreviousData,
  })
  const [focus, setFocus] = useState(0)
  const [focused, setFocused] = useState<number | null>(null)
  const noun = logKindInfo[kind].noun
  const root = useRef<HTMLDivElement>(null)
  const plot = useRef<HTMLDivElement>(null)
  const width = useWidth(plot)
  // recharts in a chunk of its own: the caption, the bars' buttons and their
  // labels are there as soon as the figures are, the chart as soon as it is.
  const HistogramChart = useDeferredModule(histogramChart)?.HistogramChart

  // Built once per answer: a re-render for "updating…" or a drag redraws no bars.
  const data = useMemo(() => histogramData(stats.data?.series), [stats.data?.series])
  const { rows, buckets, total } = data
  const interval = stats.data?.range.interval ?? query.interval
  const shown = viewWindow(search, now)

  // The chart keeps its handlers while the view changes; the latest ones run.
  const latest = useRef({ buckets, shown, onSearchChange })
  useLayoutEffect(() => {
    latest.current = { buckets, shown, onSearchChange }
  })
  const select = useCallback((a: number, b: number) => {
    const { buckets, shown, onSearchChange } = latest.current
    const range = brushWindow(buckets, a, b, shown)
    if (range) onSearchChange({ ...windowSearch(range), range: undefined, id: undefined })
  }, [])
  const selectBar = useCallback((i: number) => select(i, i), [select])
  const onFocusBar = useCallback((i: number | null) => {
    setFocused(i)
    if (i !== null) setFocus(i)
  }, [])

  const brush = useBarBrush(select)

  const status = stats.isError
    ? 'error'
    : stats.data === undefined
      ? 'loading'
      : total === 0
        ? 'empty'
        : 'ready'
  useMarksDrawn(root, status === 'ready' && width > 0 && HistogramChart ? data : null)

  return (
    <div
      ref={root}
      className="px-4 pb-3 lg:px-6"
      data-histogram={kind}
      aria-busy={status === 'loading' || stats.isPlaceholderData}
    >
      <p className="text-xs text-muted">
        {status === 'ready' ? (
          <>
            <span className="font-medium text-ink">
              {pluralize(total, noun.one, noun.many)}
            </span>
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
          `No ${noun.many} in this range`
        ) : (
          'Loading volume…'
        )}
      </p>
      <div
        ref={plot}
        className={`relative mt-1.5 cursor-crosshair select-none transition-opacity ${stats.isPlaceholderData ? 'opacity-50' : ''}`}
        style={{ height: plotHeight + axisHeight }}
      >
        {status === 'ready' && width > 0 && HistogramChart ? (
          <div aria-hidden>
            <HistogramChart
              data={data}
              interval={interval}
              width={width}
              noun={noun}
              selection={brush.span}
              focus={focused}
              onPress={brush.onPress}
              onDrag={brush.onDrag}
            />
          </div>
        ) : null}
        {/* Named while the figures load, as the table is: the bars' buttons follow them. */}
        {status === 'ready' || status === 'loading' ? (
          <HistogramKeys
            points={rows}
            interval={interval}
            noun={noun}
            focus={Math.max(0, Math.min(focus, rows.length - 1))}
            onFocusBar={onFocusBar}
            onSelect={selectBar}
          />
        ) : null}
      </div>
    </div>
  )
}

/** The element's width, measured on mount and when it resizes, never per render. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/**
 * Sets `data-drawn="true"` on the histogram once recharts has put the bars of
 * `drawn` in the page (the browser tests and the benchmark wait for it).
 */
function useMarksDrawn(ref: RefObject<HTMLElement | null>, drawn: unknown) {
  useEffect(() => {
    const element = ref.current
    if (!element) return
    delete element.dataset.drawn
    if (drawn === null) return
    const check = () => {
      if (!element.querySelector('.recharts-bar-rectangle')) return false
      element.dataset.drawn = 'true'
      return true
    }
    if (check()) return
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect()
    })
    observer.observe(element, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [ref, drawn])
}
