import type { FilterRequest } from './log-request'
import type { LogStore } from './log-store'
import { foundBy, searchMasks } from './text-search'

/** The records a filter matches, and each facet's counts without its own filter. */
export type MatchResult = {
  /** Record indices, ascending (so in time order). */
  matched: Uint32Array
  /** Per dim (store order), per value code. */
  facetCounts: Uint32Array[]
}

/** First index whose time is >= `time`. */
export function lowerBound(times: Float64Array, time: number): number {
  let lo = 0
  let hi = times.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((times[mid] as number) < time) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function timeRange(store: LogStore, request: FilterRequest): [number, number] {
  const lo = request.from === null ? 0 : lowerBound(store.time, request.from)
  // A live log holds records its clock has not reached yet: they are not there.
  const end = store.live ? Math.min(request.to ?? store.now, store.now) : request.to
  const hi = end === null ? store.size : lowerBound(store.time, end)
  return [lo, Math.max(lo, hi)]
}

/** Nothing to filter but time: every record in the range matches and counts. */
function wholeRange(store: LogStore, lo: number, hi: number): MatchResult {
  const matched = new Uint32Array(hi - lo)
  for (let k = 0; k < matched.length; k++) matched[k] = lo + k
  const facetCounts = store.dims.map((dim) => {
    if (lo === 0 && hi === store.size) return dim.totals.slice()
    const counts = new Uint32Array(dim.values.length)
    const codes = dim.codes
    for (let i = lo; i < hi; i++) {
      const code = codes[i] as number
      counts[code] = (counts[code] as number) + 1
    }
    return counts
  })
  return { matched, facetCounts }
}

/**
 * One pass over the time range: a record that passes every facet filter is a
 * match and counts in every facet; one that fails exactly one facet's filter
 * counts in that facet only, which is what the facet would show if its own
 * filter were lifted.
 */
export function matchRecords(store: LogStore, request: FilterRequest): MatchResult {
  const [lo, hi] = timeRange(store, request)
  const dims = store.dims
  const allCodes = dims.map((dim) => dim.codes)
  const facetCounts = dims.map((dim) => new Uint32Array(dim.values.length))
  const activeDim: number[] = []
  const activeCodes: Uint8Array[] = []
  const activeAllowed: Uint8Array[] = []
  dims.forEach((dim, index) => {
    const wanted = request.facets.find((facet) => facet.name === dim.name)?.values
    if (!wanted) return
    activeDim.push(index)
    activeCodes.push(dim.codes)
    activeAllowed.push(
      Uint8Array.from(dim.values, (value) => (wanted.includes(value.value) ? 1 : 0)),
    )
  })
  const masks = request.q === null ? null : searchMasks(store, request.q)
  if (activeDim.length === 0 && masks === null) return wholeRange(store, lo, hi)

  const search = store.search
  const active = activeDim.length
  const matched = new Uint32Array(hi - lo)
  let count = 0
  for (let i = lo; i < hi; i++) {
    if (masks !== null && !foundBy(masks, search, i)) continue
    let fails = 0
    let failed = 0
    for (let a = 0; a < active; a++) {
      if (
        (activeAllowed[a] as Uint8Array)[(activeCodes[a] as Uint8Array)[i] as number] ===
        0
      ) {
        if (++fails > 1) break
        failed = activeDim[a] as number
      }
    }
    if (fails === 0) {
      matched[count++] = i
      for (let d = 0; d < allCodes.length; d++) {
        const counts = facetCounts[d] as Uint32Array
        const code = (allCodes[d] as Uint8Array)[i] as number
        counts[code] = (counts[code] as number) + 1
      }
    } else if (fails === 1) {
      const counts = facetCounts[failed] as Uint32Array
      const code = (allCodes[failed] as Uint8Array)[i] as number
      counts[code] = (counts[code] as number) + 1
    }
  }
  return { matched: matched.slice(0, count), facetCounts }
}
