import { useSyncExternalStore } from 'react'

/** Remembers one instant per range key: a new key reads the clock again. */
function createClock() {
  let lastKey: string | undefined
  let now = 0
  let version = 0
  const listeners = new Set<() => void>()
  return {
    read(key: string): number {
      if (key !== lastKey) {
        lastKey = key
        now = Date.now()
      }
      return now
    },
    /** Moves the instant on (a refresh): every view on the range re-reads it. */
    advance(to: number): void {
      if (to <= now) return
      now = to
      version++
      listeners.forEach((listener) => {
        listener()
      })
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    version: () => version,
  }
}

/*
 * One clock for the whole app, not one per page: Insights, a log and its
 * histogram opened on the same range read the same instant, so a total on
 * Insights and the log's total count the same records.
 */
const viewClock = createClock()

/**
 * The moment a view's relative range ("last 7 days") is measured from. It
 * holds still while the user scrolls, sorts, filters and moves between pages,
 * so queries stay cached and pages line up; it moves when the range itself
 * changes, or when the user refreshes (`advanceViewNow`).
 */
export function useViewNow(rangeKey: string): number {
  useSyncExternalStore(viewClock.subscribe, viewClock.version)
  return viewClock.read(rangeKey)
}

/** A refresh: relative ranges now end at `to` (the present, by default). */
export function advanceViewNow(to: number = Date.now()): void {
  viewClock.advance(to)
}
