import type { FacetBucket } from '@/api/log-page-schema'
import type { FacetName } from '@/domain/log-query'
import { decodeCursor, encodeCursor } from './cursor'
import type { ListRequest } from './log-request'
import type { LogStore } from './log-store'
import { cachedMatch, matchesInOrder } from './match-cache'
import { compareRecords } from './sort-order'

export type LogPageResult = {
  /** Record indices of the page, in order. */
  rows: number[]
  nextCursor: string | null
  total: number
  facets: Partial<Record<FacetName, FacetBucket[]>>
}

/** Filter, count facets, sort and cut one page: the whole list endpoint. */
export function queryLog(store: LogStore, request: ListRequest): LogPageResult {
  const entry = cachedMatch(store, request)
  const ordered = matchesInOrder(store, entry, request.sort)
  const cursor =
    request.cursor === null ? null : decodeCursor(store, request.sort, request.cursor)
  const first = cursor === null ? 0 : firstAfter(store, request, ordered, cursor.index)
  const rows = Array.from(ordered.subarray(first, first + request.limit))
  const last = rows.at(-1)
  const more = first + request.limit < ordered.length
  return {
    rows,
    nextCursor:
      more && last !== undefined ? encodeCursor(store, request.sort, last) : null,
    total: entry.matched.length,
    facets: facetBuckets(store, entry.facetCounts),
  }
}

/** Keyset paging: the first position after the cursor's row, by binary search. */
function firstAfter(
  store: LogStore,
  request: ListRequest,
  ordered: Uint32Array,
  after: number,
): number {
  let lo = 0
  let hi = ordered.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareRecords(store, request.sort, ordered[mid] as number, after) <= 0)
      lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Every value the log holds, zero counts included, so a filter can be shown greyed. */
export function facetBuckets(
  store: LogStore,
  counts: readonly Uint32Array[],
): Partial<Record<FacetName, FacetBucket[]>> {
  const facets: Partial<Record<FacetName, FacetBucket[]>> = {}
  store.dims.forEach((dim, d) => {
    const buckets: FacetBucket[] = []
    dim.values.forEach((value, code) => {
      if ((dim.totals[code] ?? 0) === 0) return
      const count = counts[d]?.[code] ?? 0
      buckets.push(
        value.label === undefined
          ? { value: value.value, count }
          : { value: value.value, count, label: value.label },
      )
    })
    facets[dim.name] = buckets
  })
  return facets
}
