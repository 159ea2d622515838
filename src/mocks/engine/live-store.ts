import type { LogStore } from './log-store'
import { lowerBound } from './match'

/**
 * Moves a live log's clock on to `to`: the records it reaches come into view
 * and those under way settle, each written again in place (a few dozen, not
 * the whole log). Answers cached for the old instant are let go.
 */
export function advanceStore(store: LogStore, to: number): void {
  const { live } = store
  if (!live || to <= store.now) return
  const first = lowerBound(store.time, store.now)
  const last = lowerBound(store.time, to)
  const stillUnder: number[] = []
  const rewrite = (index: number) => {
    for (const dim of store.dims) {
      const code = dim.codes[index] as number
      dim.totals[code] = (dim.totals[code] as number) - 1
    }
    if (live.settle(index, to)) stillUnder.push(index)
    for (const dim of store.dims) {
      const code = dim.codes[index] as number
      dim.totals[code] = (dim.totals[code] as number) + 1
    }
  }
  live.unsettled.forEach(rewrite)
  for (let index = first; index < last; index++) rewrite(index)
  live.unsettled = stillUnder
  store.now = to
  // Matches and orders were for the old records; folded search text stays valid.
  for (const key of [...store.memo.keys()]) {
    if (key === 'matches' || key.startsWith('order:')) store.memo.delete(key)
  }
}
