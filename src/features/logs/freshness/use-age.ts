import { useEffect, useState } from 'react'

/** Milliseconds since `since` (never negative), read again every second while shown. */
export function useAge(since: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      window.clearInterval(timer)
    }
  }, [since])
  return Math.max(0, now - since)
}
