import type { LogStore } from './log-store'
import { lowerBound } from './match'

/**
 * Moves a live log's clock on to `to`: the records it reaches come into view
 * and those under way settle, each written again in place (a few dozen, not
 * the whole log). Cached matches and orders are let go only when what they
 * were made from changed, so a running clock does not empty the caches on
 * every request.
 */
export function advanceStore(store: LogStore, to: number): void {
  const { live } = store
  if (!live || to <= store.now) return
  const first = lowerBound(store.time, store.now)
  const last = lowerBound(store.time, to)
  const sortKeys = Object.values(store.sortKeys)
  let matchesChanged = last > first
  let ordersChanged = last > first
  const stillUnder: number[] = []
  const rewrite = (index: number) => {
    const codesBefore = store.dims.map((dim) => dim.codes[index] as number)
    const keysBefore = sortKeys.map((keys) => keys[index] as number)
    store.dims.forEach((dim, d) => {
      const code = codesBefore[d] as number
      dim.totals[code] = (dim.totals[code] as number) - 1
    })
    if (live.settle(index, to)) stillUnder.push(index)
    store.dims.forEach((dim, d) => {
      const code = dim.codes[index] as number
      dim.totals[code] = (dim.totals[code] as number) + 1
      if (code !== codesBefore[d]) matchesChanged = true
    })
    if (sortKeys.some((keys, k) => keys[index] !== keysBefore[k])) ordersChanged = true
  }
  live.unsettled.forEach(rewrite)
  for (let index = first; index < last; index++) rewrite(index)
  live.unsettled = stillUnder
  store.now = to
  // Folded search text never changes; matches and orders may have.
  for (const key of [...store.memo.keys()]) {
    if (key === 'matches' ? matchesChanged : key.startsWith('order:') && ordersChanged)
      store.memo.delete(key)
  }
}
