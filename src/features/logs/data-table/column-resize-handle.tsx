import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { clampWidth, maxColumnWidth, minColumnWidth } from './column-layout'

type ColumnResizeHandleProps = {
  columnId: string
  label: string
  /** The width the person set, if any; otherwise the header's laid-out width is used. */
  size: number | undefined
  onResize: (width: number) => void
  /** A drag is under way: the header must not start a column move. */
  onDragging: (dragging: boolean) => void
}

const step = 16
const bigStep = 64

/** The CSS variable the rows' grid reads a column's width from. */
export const widthVariable = (columnId: string) => `--col-${columnId}`

/**
 * The edge of a header cell: drag it, or focus it and press ←/→, to change
 * the column's width. While dragging, only the table's CSS variable changes
 * (no React render, so no row re-renders); the width is kept on release.
 */
export function ColumnResizeHandle({
  columnId,
  label,
  size,
  onResize,
  onDragging,
}: ColumnResizeHandleProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [laidOut, setLaidOut] = useState<number>()
  const drag = useRef<{ startX: number; startWidth: number; width: number }>(null)

  useEffect(() => {
    const cell = ref.current?.parentElement
    if (!cell) return
    const observer = new ResizeObserver(() =>
      setLaidOut(Math.round(cell.getBoundingClientRect().width)),
    )
    observer.observe(cell)
    return () => observer.disconnect()
  }, [])

  const current = () =>
    size ?? Math.round(ref.current?.parentElement?.getBoundingClientRect().width ?? 0)
  const table = () => ref.current?.closest<HTMLElement>('[role="table"]')

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.stopPropagation()
    event.currentTarget.setPointerCapture(event.pointerId)
    const width = current()
    drag.current = { startX: event.clientX, startWidth: width, width }
    onDragging(true)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current
    if (!state) return
    state.width = clampWidth(state.startWidth + event.clientX - state.startX)
    table()?.style.setProperty(widthVariable(columnId), `${state.width}px`)
  }
  const onPointerEnd = () => {
    const state = drag.current
    drag.current = null
    onDragging(false)
    if (!state) return
    if (state.width !== state.startWidth) onResize(state.width)
    // A click without a move leaves the width as it was, set or laid out.
    else
      table()?.style.setProperty(
        widthVariable(columnId),
        size === undefined ? '' : `${size}px`,
      )
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const by = event.shiftKey ? bigStep : step
    const moves: Record<string, number> = { ArrowLeft: -by, ArrowRight: by }
    const move = moves[event.key]
    if (move === undefined) return
    event.preventDefault()
    event.stopPropagation()
    onResize(clampWidth(current() + move))
  }

  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label}`}
      aria-valuenow={size ?? laidOut ?? minColumnWidth}
      aria-valuemin={minColumnWidth}
      aria-valuemax={maxColumnWidth}
      tabIndex={0}
      data-resize-handle
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
      className="absolute inset-y-0 -right-1 z-[1] flex w-2 cursor-col-resize touch-none justify-center outline-none after:h-full after:w-0.5 after:rounded after:bg-transparent hover:after:bg-line-strong focus-visible:ring-2 focus-visible:ring-focus focus-visible:after:bg-focus"
    />
  )
}
