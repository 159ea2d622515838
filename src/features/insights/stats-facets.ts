import type { FacetBucket } from '@/api/log-page-schema'
import type { CallStats, TextStats } from '@/api/stats-schema'
import type { ListParam, LogSearch } from '@/domain/log-search'

export type StatsFacets = Partial<Record<ListParam, FacetBucket[]>>

/**
 * A filter bar's counts from a log's stats, so the page asks nothing more.
 * Stats count under every filter, a facet's own included: with Busy picked,
 * every other status would read 0. A facet whose filter is set therefore
 * gets no counts rather than misleading ones. A log the filters rule out
 * counts zero everywhere.
 */
export function statsFacets(
  stats: CallStats | TextStats | undefined,
  search: LogSearch,
  enabled: boolean,
): StatsFacets | undefined {
  let facets: StatsFacets
  if (!enabled) {
    facets = { status: [], outcome: [], vendor: [], agent: [], source: [], campaign: [] }
  } else if (!stats) {
    return undefined
  } else {
    facets = {
      status: stats.byStatus,
      outcome: stats.byOutcome,
      vendor: stats.byVendor.map(({ value, total }) => ({ value, count: total })),
      ...('byAgent' in stats
        ? {
            agent: stats.byAgent.map(({ value, label, total }) => ({
              value,
              label,
              count: total,
            })),
            source: stats.bySource.map(({ value, label, total }) => ({
              value,
              label,
              count: total,
            })),
            campaign: stats.byCampaign.map(({ value, label, total }) => ({
              value,
              label,
              count: total,
            })),
          }
        : {}),
    }
  }
  return Object.fromEntries(
    Object.entries(facets).filter(
      ([param]) => (search[param as ListParam]?.length ?? 0) === 0,
    ),
  )
}
