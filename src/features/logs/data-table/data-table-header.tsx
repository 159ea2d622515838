import { FlexRender, type Header, type RowData } from '@tanstack/react-table'
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import { useId, useRef, useState, type DragEvent } from 'react'
import { ColumnResizeHandle } from './column-resize-handle'
import type { LogTableFeatures } from './table-features'

type DataTableHeaderProps<T extends RowData> = {
  headers: Header<LogTableFeatures, T>[]
  gridTemplate: string
  /** Widths the person set, by column id. */
  sizing: Record<string, number>
  onResize: (id: string, width: number) => void
  /** Drop a dragged header onto another: the dragged column takes its place. */
  onMoveColumn: (id: string, target: string) => void
  /** The rows are cards: the header stays for screen readers only. */
  cards: boolean
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const
const dragType = 'application/x-callboard-column'

/**
 * The sticky header row; sortable columns are buttons that ask the API for a
 * new order. A header can be dragged onto another to move its column, and
 * its right edge dragged (or stepped with ←/→) to resize it.
 */
export function DataTableHeader<T extends RowData>({
  headers,
  gridTemplate,
  sizing,
  onResize,
  onMoveColumn,
  cards,
}: DataTableHeaderProps<T>) {
  const idPrefix = useId()
  const resizing = useRef(false)
  const [dropTarget, setDropTarget] = useState<string>()
  const isColumnDrag = (event: DragEvent) => event.dataTransfer.types.includes(dragType)
  return (
    <div
      role="rowgroup"
      className={
        cards ? 'sr-only' : 'sticky top-0 z-10 border-b border-line bg-surface-2'
      }
    >
      <div
        role="row"
        aria-rowindex={1}
        className="grid h-9 overflow-x-clip text-xs font-medium text-muted"
        style={{ gridTemplateColumns: gridTemplate }}
      >
        {headers.map((header) => {
          const column = header.column
          const sorted = column.getIsSorted()
          const meta = column.columnDef.meta
          const alignEnd = meta?.align === 'end'
          // Named by its title alone, not by the resize handle inside it.
          const titleId = `${idPrefix}-${column.id}`
          return (
            <div
              role="columnheader"
              key={header.id}
              aria-sort={sorted ? ariaSort[sorted] : undefined}
              aria-labelledby={titleId}
              draggable={!cards}
              data-column={column.id}
              onDragStart={(event) => {
                if (resizing.current) return event.preventDefault()
                event.dataTransfer.setData(dragType, column.id)
                event.dataTransfer.effectAllowed = 'move'
              }}
              onDragOver={(event) => {
                if (!isColumnDrag(event)) return
                event.preventDefault()
                setDropTarget(column.id)
              }}
              onDragLeave={() => setDropTarget(undefined)}
              onDrop={(event) => {
                const id = event.dataTransfer.getData(dragType)
                setDropTarget(undefined)
                if (!id || id === column.id) return
                event.preventDefault()
                onMoveColumn(id, column.id)
              }}
              className={`relative flex min-w-0 items-center px-2.5 ${alignEnd ? 'justify-end' : ''} ${dropTarget === column.id ? 'bg-accent-soft' : ''}`}
            >
              {column.getCanSort() ? (
                <button
                  type="button"
                  onClick={column.getToggleSortingHandler()}
                  className={`-mx-1.5 inline-flex min-w-0 items-center gap-1 rounded px-1.5 py-1 hover:bg-surface-3 hover:text-ink ${sorted ? 'text-ink' : ''}`}
                >
                  <span id={titleId} className="truncate">
                    <FlexRender header={header} />
                  </span>
                  {sorted === 'asc' ? (
                    <ArrowUp aria-hidden className="size-3.5 shrink-0" />
                  ) : sorted === 'desc' ? (
                    <ArrowDown aria-hidden className="size-3.5 shrink-0" />
                  ) : (
                    <ArrowUpDown aria-hidden className="size-3.5 shrink-0 opacity-50" />
                  )}
                </button>
              ) : (
                <span id={titleId} className="truncate">
                  <FlexRender header={header} />
                </span>
              )}
              {cards ? null : (
                <ColumnResizeHandle
                  columnId={column.id}
                  label={meta?.label ?? column.id}
                  size={sizing[column.id]}
                  onResize={(width) => onResize(column.id, width)}
                  onDragging={(dragging) => (resizing.current = dragging)}
                />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
