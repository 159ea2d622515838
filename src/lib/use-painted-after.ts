import { useEffect, useState } from 'react'

/**
 * True from the first paint after `ready` turned true (the frame after the
 * render, then a task), and true from then on: code asked for only then never
 * holds back what `ready` put on screen, such as a log's first rows.
 */
export function usePaintedAfter(ready: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!ready || painted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ready, painted])
  return painted
}
