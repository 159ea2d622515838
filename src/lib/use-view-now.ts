/** Remembers one instant per range key: a new key reads the clock again. */
function createClock(): (key: string) => number {
  let lastKey: string | undefined
  let now = 0
  return (key) => {
    if (key !== lastKey) {
      lastKey = key
      now = Date.now()
    }
    return now
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
 * changes.
 */
export function useViewNow(rangeKey: string): number {
  return viewClock(rangeKey)
}
