import { useCallback, useRef, useState } from 'react'

/** The bars a drag has crossed, by index: `from` where it started, `to` where it is. */
export type Span = { from: number; to: number }

/**
 * A drag across a chart's bars: a press on a bar starts it, moving onto
 * another extends it, and releasing the button anywhere, even off the chart,
 * ends it with `onSelect(from, to)` (the same bar twice for a click). `span`
 * is the drag under way, for the chart to shade.
 */
export function useBarBrush(onSelect: (from: number, to: number) => void) {
  const [span, setSpan] = useState<Span | null>(null)
  // The drag as the handlers see it: a release may come before React renders.
  const dragging = useRef<Span | null>(null)
  const onPress = useCallback(
    (index: number) => {
      dragging.current = { from: index, to: index }
      setSpan(dragging.current)
      window.addEventListener(
        'mouseup',
        () => {
          const done = dragging.current
          dragging.current = null
          setSpan(null)
          if (done) onSelect(done.from, done.to)
        },
        { once: true },
      )
    },
    [onSelect],
  )
  const onDrag = useCallback((index: number) => {
    const current = dragging.current
    if (!current || current.to === index) return
    dragging.current = { from: current.from, to: index }
    setSpan(dragging.current)
  }, [])
  return { span, onPress, onDrag }
}
