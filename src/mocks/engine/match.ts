import type { FilterRequest } from './log-request'
import type { LogStore } from './log-store'
import { searchMasks } from './text-search'

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
  const hi = request.to === null ? store.size : lowerBound(store.time, request.to)
  return [lo, Math.max(lo, hi)]
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
  const facetCounts = dims.map((dim) => new Uint32Array(dim.values.length))
  const active: { dim: number; codes: Uint8Array; allowed: Uint8Array }[] = []
  dims.forEach((dim, index) => {
    const wanted = request.facets.find((facet) => facet.name === dim.name)?.values
    if (!wanted) return
    const allowed = new Uint8Array(dim.values.length)
    dim.values.forEach((value, code) => {
      if (wanted.includes(value.value)) allowed[code] = 1
    })
    active.push({ dim: index, codes: dim.codes, allowed })
  })
  const masks = request.q === null ? null : searchMasks(store, request.q)
  const { contact, body } = store.search
  const matched = new Uint32Array(hi - lo)
  let count = 0

  for (let i = lo; i < hi; i++) {
    if (masks !== null) {
      const byContact = masks.contacts[contact[i] as number] === 1
      const byBody =
        masks.bodies !== null &&
        body !== undefined &&
        masks.bodies[body[i] as number] === 1
      if (!byContact && !byBody) continue
    }
    let fails = 0
    let failed = 0
    for (const filter of active) {
      if (filter.allowed[filter.codes[i] as number] === 0) {
        fails++
        failed = filter.dim
        if (fails > 1) break
      }
    }
    if (fails === 0) {
      matched[count++] = i
      for (let d = 0; d < dims.length; d++) {
        const counts = facetCounts[d] as Uint32Array
        const code = (dims[d] as LogStore['dims'][number]).codes[i] as number
        counts[code] = (counts[code] as number) + 1
      }
    } else if (fails === 1) {
      const counts = facetCounts[failed] as Uint32Array
      const code = (dims[failed] as LogStore['dims'][number]).codes[i] as number
      counts[code] = (counts[code] as number) + 1
    }
  }
  return { matched: matched.slice(0, count), facetCounts }
}
