import type { StatsQuery } from '@/api/stats'
import type { LogSearch } from '@/domain/log-search'
import { viewFilters } from '@/domain/log-view'
import { intervalFor, viewWindow, type TimeWindow } from '@/domain/time-range'
import { windowZone } from '@/domain/time-zone'
import { browserZone } from '@/lib/display-zone'

/**
 * The stats query for a view: its filters, buckets sized to its range, the
 * browser's time zone. Insights and a log's histogram build it alike, so
 * under the same filters they share one cached answer. `window` swaps in
 * another period (the previous one, for KPI changes).
 */
export function statsQuery(
  search: LogSearch,
  now: number,
  window?: TimeWindow,
): StatsQuery {
  const filters = viewFilters(search, now)
  const range = window ?? viewWindow(search, now)
  return {
    filters: window
      ? {
          ...filters,
          from: new Date(window.from).toISOString(),
          to: new Date(window.to).toISOString(),
        }
      : filters,
    interval: intervalFor(range),
    tz: windowZone(search.tz) ?? browserZone(),
  }
}
