import type { StatsInterval } from '@/api/stats-schema'
import type { FacetName, Sort } from '@/domain/log-query'

/** The filters of a request, checked: a time range, facet values, free text. */
export type FilterRequest = {
  /** Epoch ms, `to` exclusive; null is open. */
  from: number | null
  to: number | null
  /** Only the facets the request filters on, with at least one value. */
  facets: { name: FacetName; values: string[] }[]
  q: string | null
}

export type ListRequest = FilterRequest & {
  sort: Sort
  limit: number
  cursor: string | null
}

export type StatsRequest = FilterRequest & {
  interval: StatsInterval
  /** A canonical IANA name. */
  tz: string
}

/** One string per distinct set of filters, for the match cache. */
export function filterKey(request: FilterRequest): string {
  const facets = [...request.facets]
    .map(({ name, values }) => `${name}=${[...new Set(values)].sort().join(',')}`)
    .sort()
  return JSON.stringify([request.from, request.to, request.q, facets])
}
