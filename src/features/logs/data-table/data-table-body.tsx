import type { Row, RowData } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
  type RefObject,
} from 'react'
import { DataTableRow } from './data-table-row'
import { LoadingRows } from './loading-rows'
import type { LogTableFeatures } from './table-features'

/** What the table's parent can ask of the body: focus a record's row, or scroll it into view. */
export type DataTableBodyHandle = {
  focusRow: (id: string) => void
  revealRow: (id: string) => void
}

type DataTableBodyProps<T extends RowData> = {
  rows: Row<LogTableFeatures, T>[]
  rowHeight: number
  gridTemplate: string
  /** Set when rows are cards: the grid areas, named after the columns. */
  gridAreas: string | undefined
  scrollRef: RefObject<HTMLDivElement | null>
  hasNextPage: boolean
  onLoadMore: () => void
  openRowId: string | undefined
  onOpenRow: (record: T) => void
  handle?: Ref<DataTableBodyHandle>
}

/**
 * Rows kept beyond each edge of the view: 200 px covers three frames of a fast
 * scroll (4,000 px/s), and a new sort or filter refills only these and the view.
 */
const overscan = 4
const placeholderRows = 3
/** Ask for the next page this many rows before the end, so scrolling rarely waits. */
const prefetchRows = 60
const pageStep = 10

export function DataTableBody<T extends RowData>({
  rows,
  rowHeight,
  gridTemplate,
  gridAreas,
  scrollRef,
  hasNextPage,
  onLoadMore,
  openRowId,
  onOpenRow,
  handle,
}: DataTableBodyProps<T>) {
  const count = rows.length + (hasNextPage ? placeholderRows : 0)
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // Before the first measurement (and in tests), assume a laptop-sized viewport.
    initialRect: { width: 1280, height: 800 },
    getItemKey: (index) => rows[index]?.id ?? `loading-${index}`,
  })
  // A new density changes every row's height: drop the sizes worked out so far.
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer])
  const items = virtualizer.getVirtualItems()
  const bodyRef = useRef<HTMLDivElement>(null)
  const [activeIndex, setActiveIndex] = useState(0)

  const lastIndex = items.at(-1)?.index ?? 0
  useEffect(() => {
    if (hasNextPage && lastIndex >= rows.length - prefetchRows) onLoadMore()
  }, [hasNextPage, lastIndex, rows.length, onLoadMore])

  const focusIndex = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(index, rows.length - 1))
      setActiveIndex(target)
      virtualizer.scrollToIndex(target, { align: 'auto' })
      // The row may only be rendered a frame or two after scrolling to it.
      let frames = 0
      const attempt = () => {
        const row = bodyRef.current?.querySelector<HTMLElement>(
          `[data-index="${target}"]`,
        )
        if (row) row.focus({ preventScroll: true })
        else if (frames++ < 10) requestAnimationFrame(attempt)
      }
      attempt()
    },
    [rows.length, virtualizer],
  )

  useImperativeHandle(
    handle,
    () => ({
      focusRow: (id) => {
        const index = rows.findIndex((row) => row.id === id)
        if (index >= 0) focusIndex(index)
      },
      // The row becomes the table's tab stop too, without taking the focus.
      revealRow: (id) => {
        const index = rows.findIndex((row) => row.id === id)
        if (index < 0) return
        setActiveIndex(index)
        virtualizer.scrollToIndex(index, { align: 'auto' })
      },
    }),
    [rows, focusIndex, virtualizer],
  )

  const indexOf = (target: EventTarget) => {
    const row = (target as HTMLElement).closest<HTMLElement>('[data-index]')
    return row ? Number(row.dataset.index) : undefined
  }

  const onClick = (event: MouseEvent) => {
    // Controls inside a row (status badges) do their own thing.
    if ((event.target as HTMLElement).closest('button, a')) return
    const index = indexOf(event.target)
    const record = index === undefined ? undefined : rows[index]?.original
    if (index === undefined || record === undefined) return
    setActiveIndex(index)
    onOpenRow(record)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const index = indexOf(event.target)
    if (index === undefined) return
    const onRow = (event.target as HTMLElement).getAttribute('role') === 'row'
    const moves: Record<string, number | undefined> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageStep,
      PageUp: index - pageStep,
      Home: onRow ? 0 : undefined,
      End: onRow ? rows.length - 1 : undefined,
    }
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      focusIndex(next)
      return
    }
    if (onRow && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      const record = rows[index]?.original
      if (record !== undefined) onOpenRow(record)
    }
  }

  const active = Math.min(activeIndex, Math.max(rows.length - 1, 0))
  // How every row is laid out: the same for all of them.
  const layout = { height: rowHeight, gridTemplate, gridAreas }

  return (
    // Clicks and keys are delegated here so each row stays a cheap, memoised element.
    <div
      ref={bodyRef}
      role="rowgroup"
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => {
        const row = rows[item.index]
        // Rows are keyed by their place, not their record: a new sort or filter
        // fills the rows already on screen instead of unmounting and mounting
        // them all, and the focused row keeps the focus.
        return row ? (
          <DataTableRow
            key={item.index}
            {...layout}
            row={row}
            index={item.index}
            start={item.start}
            active={item.index === active}
            open={row.id === openRowId}
          />
        ) : (
          <LoadingRows key={item.key} start={item.start} height={rowHeight} />
        )
      })}
    </div>
  )
}
