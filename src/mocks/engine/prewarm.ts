import { sortFields, type Sort } from '@/domain/log-query'
import type { LogStore } from './log-store'
import { sortedOrder } from './sort-order'
import { searchMasks } from './text-search'

/**
 * After a log is built, the browser's idle time sorts it every other way
 * and folds its searchable text, one short task at a time, so the first
 * query by duration or by a name does not pay for it. Where there is no
 * idle callback (node, tests) nothing happens: the work is done on demand.
 */
export function prewarm(store: LogStore): void {
  const whenIdle = globalThis.requestIdleCallback as
    typeof requestIdleCallback | undefined
  if (typeof whenIdle !== 'function') return
  const sorts: Sort[] = sortFields[store.kind]
    .filter((field) => field !== 'time')
    .flatMap((field) => [
      { field, desc: true },
      { field, desc: false },
    ])
  const tasks = [
    ...sorts.map((sort) => () => sortedOrder(store, sort)),
    () => searchMasks(store, 'warm'),
  ]
  const next = () => {
    tasks.shift()?.()
    if (tasks.length > 0) whenIdle(next)
  }
  whenIdle(next)
}
