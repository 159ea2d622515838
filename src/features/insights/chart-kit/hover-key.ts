import { useSyncExternalStore } from 'react'

/**
 * The series under the pointer in a chart that draws a column's parts in one
 * shape: the pointer sets it, the tooltip alone re-renders for it, not the
 * chart.
 */
export function createHoverKey() {
  let key: string | undefined
  const listeners = new Set<() => void>()
  return {
    get: () => key,
    set: (next: string | undefined) => {
      if (next === key) return
      key = next
      for (const listener of listeners) listener()
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

export type HoverKey = ReturnType<typeof createHoverKey>

export const useHoverKey = (store: HoverKey) =>
  useSyncExternalStore(store.subscribe, store.get, store.get)
