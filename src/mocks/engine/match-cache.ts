import { formatSort, type Sort } from '@/domain/log-query'
import { filterKey, type FilterRequest } from './log-request'
import { memo, type LogStore } from './log-store'
import { matchRecords, type MatchResult } from './match'
import { sortedOrder } from './sort-order'

type Entry = MatchResult & { orders: Map<string, Uint32Array> }

/** Paging through one query, a list and its chart: a few recent filters are kept. */
const capacity = 4

/** The match for a filter, from the cache when the filter was just used. */
export function cachedMatch(store: LogStore, request: FilterRequest): Entry {
  const cache = memo(store, 'matches', () => new Map<string, Entry>())
  const key = filterKey(request)
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const entry: Entry = { ...matchRecords(store, request), orders: new Map() }
  cache.set(key, entry)
  for (const oldest of cache.keys()) {
    if (cache.size <= capacity) break
    cache.delete(oldest)
  }
  return entry
}

/** The matched records in the order of a sort, built once per filter and sort. */
export function matchesInOrder(store: LogStore, entry: Entry, sort: Sort): Uint32Array {
  const key = formatSort(sort)
  const known = entry.orders.get(key)
  if (known) return known
  const { matched } = entry
  let ordered: Uint32Array
  if (sort.field === 'time') {
    ordered = sort.desc ? matched.slice().reverse() : matched
  } else {
    const order = sortedOrder(store, sort)
    if (matched.length === store.size) {
      ordered = order
    } else {
      const isMatch = new Uint8Array(store.size)
      for (const index of matched) isMatch[index] = 1
      ordered = new Uint32Array(matched.length)
      let at = 0
      for (const index of order) if (isMatch[index] === 1) ordered[at++] = index
    }
  }
  entry.orders.set(key, ordered)
  return ordered
}
