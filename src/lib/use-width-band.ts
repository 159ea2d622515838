import { useEffect, useRef, useState, type RefObject } from 'react'

export const bandOf = (width: number, breakpoints: readonly number[]): number =>
  breakpoints.reduce((band, point) => (width >= point && point > band ? point : band), 0)

/**
 * The largest of `breakpoints` (px) that `element` is at least as wide as,
 * or 0: the element's own width (its border box, watched with a
 * ResizeObserver), so a panel opening beside it counts as much as the window
 * narrowing. Without an element (or ResizeObserver), and until it is
 * measured, the window's width. A component re-renders only when the width
 * crosses a breakpoint, not on every pixel of a resize.
 */
export function useWidthBand(
  breakpoints: readonly number[],
  element?: RefObject<HTMLElement | null>,
): number {
  const [width, setWidth] = useState<number>()
  const points = useRef(breakpoints)
  const last = useRef<number>(undefined)
  useEffect(() => {
    points.current = breakpoints
  })
  useEffect(() => {
    // A width in the same band as the last one changes nothing: no render.
    const measure = (next: number) => {
      const previous = last.current
      if (
        previous !== undefined &&
        bandOf(previous, points.current) === bandOf(next, points.current)
      )
        return
      last.current = next
      setWidth(next)
    }
    const target = element?.current
    if (!target || typeof ResizeObserver === 'undefined') {
      const onResize = () => measure(window.innerWidth)
      window.addEventListener('resize', onResize)
      return () => window.removeEventListener('resize', onResize)
    }
    const observer = new ResizeObserver(([entry]) =>
      measure(entry?.borderBoxSize[0]?.inlineSize ?? target.offsetWidth),
    )
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return bandOf(width ?? window.innerWidth, breakpoints)
}
