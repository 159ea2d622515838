import { sortFields, type Sort } from '@/domain/log-query'
import type { LogStore } from './log-store'
import { sortedOrder } from './sort-order'
import { searchMasks } from './text-search'

type Schedule = (task: () => void) => void

/**
 * When there is time to spare: the page's idle callbacks, or in the mock's
 * worker (which has none, and blocks nobody) the next macrotask, so a
 * request that comes in waits for one short task at most. Null where
 * neither applies (node, tests): the work is then done on demand.
 */
export function spareTime(): Schedule | null {
  const whenIdle = globalThis.requestIdleCallback as
    typeof requestIdleCallback | undefined
  if (typeof whenIdle === 'function') return (task) => whenIdle(task)
  if ('WorkerGlobalScope' in globalThis) return (task) => setTimeout(task, 0)
  return null
}

/**
 * After a log is built, spare time sorts it every other way and folds its
 * searchable text, one short task at a time, so the first query by
 * duration or by a name does not pay for it.
 */
export function prewarm(store: LogStore, schedule: Schedule | null = spareTime()): void {
  if (!schedule) return
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
    if (tasks.length > 0) schedule(next)
  }
  schedule(next)
}
