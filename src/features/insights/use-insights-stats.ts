import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { fetchStats, statsKeys, type StatsFor } from '@/api/stats'
import { channelView, type ChannelView } from '@/domain/insights/channel-view'
import { previousWindow } from '@/domain/insights/compare-window'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { viewWindow, type TimeWindow } from '@/domain/time-range'
import { markStatsReceived } from './perf-marks'
import { statsQuery } from './stats-query'

/** One log's figures on the Insights page: this period and the one before. */
export type ChannelStats<K extends LogKind> = {
  view: ChannelView
  /** Off when the page's filters leave nothing this log could match. */
  enabled: boolean
  current: UseQueryResult<StatsFor<K>>
  previous: UseQueryResult<StatsFor<K>>
}

export type InsightsStats = {
  window: TimeWindow
  calls: ChannelStats<'calls'>
  texts: ChannelStats<'texts'>
}

function useChannelStats<K extends LogKind>(
  kind: K,
  search: LogSearch,
  now: number,
  window: TimeWindow,
): ChannelStats<K> {
  const view = channelView(search, kind)
  const enabled = view.excludedBy.length === 0
  const current = statsQuery(view.search, now)
  const previous = statsQuery(view.search, now, previousWindow(window))
  return {
    view,
    enabled,
    current: useQuery({
      queryKey: statsKeys.query(kind, current),
      queryFn: ({ signal }) =>
        fetchStats(kind, current, signal).then((data) => markStatsReceived(kind, data)),
      enabled,
      // The charts keep the last figures while new ones load, instead of blinking.
      placeholderData: keepPreviousData,
    }),
    previous: useQuery({
      queryKey: statsKeys.query(kind, previous),
      queryFn: ({ signal }) => fetchStats(kind, previous, signal),
      enabled,
      placeholderData: keepPreviousData,
    }),
  }
}

/** Both logs' stats under the page's filters, each log with only its own filters. */
export function useInsightsStats(search: LogSearch, now: number): InsightsStats {
  const window = viewWindow(search, now)
  return {
    window,
    calls: useChannelStats('calls', search, now, window),
    texts: useChannelStats('texts', search, now, window),
  }
}
