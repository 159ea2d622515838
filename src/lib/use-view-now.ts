import { useState } from 'react'

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

/**
 * The moment a view's relative range ("last 7 days") is measured from. It
 * holds still while the user scrolls, sorts and filters, so queries stay
 * cached and pages line up; it moves when the range itself changes.
 */
export function useViewNow(rangeKey: string): number {
  const [clock] = useState(createClock)
  return clock(rangeKey)
}
