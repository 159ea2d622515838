import { formatSort, type Sort } from '@/domain/log-query'
import { memo, type LogStore } from './log-store'

/**
 * Sorting rule, one for the whole API: by the field, then newest first. For
 * time itself ties go by id in the same direction, and since records are
 * stored in time order the index is that order.
 */
export function sortValue(store: LogStore, field: Sort['field'], index: number): number {
  if (field === 'time') return store.time[index] as number
  return store.sortKeys[field]?.[index] ?? 0
}

/** Negative when record a comes before record b in the sort. */
export function compareRecords(
  store: LogStore,
  sort: Sort,
  a: number,
  b: number,
): number {
  if (sort.field === 'time') return sort.desc ? b - a : a - b
  const byValue = sortValue(store, sort.field, a) - sortValue(store, sort.field, b)
  if (byValue !== 0) return sort.desc ? -byValue : byValue
  return b - a
}

/**
 * Every record in the order of a non-time sort: a counting sort over the
 * small integer keys (seconds, ranks, segments), O(n), built once per store.
 */
export function sortedOrder(store: LogStore, sort: Sort): Uint32Array {
  return memo(store, `order:${formatSort(sort)}`, () => {
    const keys = store.sortKeys[sort.field as Exclude<Sort['field'], 'time'>]
    const order = new Uint32Array(store.size)
    if (!keys) {
      for (let i = 0; i < store.size; i++) order[i] = sort.desc ? store.size - 1 - i : i
      return order
    }
    let max = 0
    for (let i = 0; i < store.size; i++) max = Math.max(max, keys[i] as number)
    const starts = new Uint32Array(max + 2)
    for (let i = 0; i < store.size; i++) {
      const bucket = sort.desc ? max - (keys[i] as number) : (keys[i] as number)
      starts[bucket + 1] = (starts[bucket + 1] as number) + 1
    }
    for (let k = 1; k < starts.length; k++) {
      starts[k] = (starts[k] as number) + (starts[k - 1] as number)
    }
    // Walking backwards puts each key's records newest first.
    for (let i = store.size - 1; i >= 0; i--) {
      const bucket = sort.desc ? max - (keys[i] as number) : (keys[i] as number)
      const at = starts[bucket] as number
      order[at] = i
      starts[bucket] = at + 1
    }
    return order
  })
}
