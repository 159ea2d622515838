import { useTable, type SortingState } from '@tanstack/react-table'
import type { CSSProperties, RefObject } from 'react'
import { useWidthBand } from '@/lib/use-width-band'
import { moveColumn, rowHeightFor } from './column-layout'
import { widthVariable } from './column-resize-handle'
import { tableBreakpoints, tableLayoutAt } from './table-band'
import { logTableFeatures, type LogColumn } from './table-features'
import { resolve, useColumnLayout } from './use-column-layout'
import { useColumnVisibility } from './use-column-visibility'

/** How a log lays a record out as a card: grid areas named after its columns. */
export type CardLayout = { areas: readonly string[]; columns: string; height: number }

type LogTableOptions<T extends { id: string }> = {
  columns: LogColumn<T>[]
  data: T[]
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  storageKey: string
  rowHeight: number
  card: CardLayout
  /** The table's scroll container: its width, not the window's, picks the layout. */
  scrollRef: RefObject<HTMLElement | null>
}

const getRowId = (record: { id: string }) => record.id

/**
 * The table of a log with the person's column arrangement: which columns show
 * (per the table's width, which the record's panel narrows), their order and widths, the density, and the CSS grid
 * that lays rows out (columns, or a card on a phone).
 */
export function useLogTable<T extends { id: string }>(options: LogTableOptions<T>) {
  const { columns, sorting, onSortingChange, storageKey, card } = options
  const band = useWidthBand(tableBreakpoints(columns), options.scrollRef)
  const { cards, narrow } = tableLayoutAt(columns, band)
  const visibility = useColumnVisibility(storageKey, columns, band)
  const layout = useColumnLayout(
    storageKey,
    columns.map((column) => column.id ?? ''),
  )
  // A card shows its own few fields, whatever the columns chosen for wider screens.
  const cardIds = new Set(card.areas.flatMap((row) => row.split(/\s+/)))
  const cardVisibility = Object.fromEntries(
    columns.map((column) => [column.id ?? '', cardIds.has(column.id ?? '')]),
  )
  const table = useTable({
    features: logTableFeatures,
    columns,
    data: options.data,
    getRowId,
    state: {
      sorting,
      columnVisibility: cards ? cardVisibility : visibility.visibility,
      columnOrder: layout.columnOrder,
      columnSizing: layout.columnSizing,
    },
    onSortingChange: (updater) => onSortingChange(resolve(updater, sorting)),
    onColumnVisibilityChange: visibility.onChange,
    onColumnOrderChange: layout.onColumnOrderChange,
    onColumnSizingChange: layout.onColumnSizingChange,
    manualSorting: true,
    enableSortingRemoval: false,
  })
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  // Each track named after its column, so the template tells which columns a row
  // shows. A width the person set comes in through a CSS variable: resizing
  // changes the table's style only, never the rows' props.
  const gridTemplate = cards
    ? card.columns
    : headers
        .map(({ column }) => {
          const meta = column.columnDef.meta
          const width = (narrow ? meta?.narrowWidth : undefined) ?? meta?.width ?? '1fr'
          return `[${column.id}] var(${widthVariable(column.id)}, ${width})`
        })
        .join(' ')
  const widths = Object.fromEntries(
    Object.entries(layout.columnSizing).map(([id, width]) => [
      widthVariable(id),
      `${width}px`,
    ]),
  ) as CSSProperties
  const visibleIds = table.getVisibleLeafColumns().map((column) => column.id)
  return {
    table,
    headers,
    cards,
    gridTemplate,
    gridAreas: cards ? card.areas.map((row) => `"${row}"`).join(' ') : undefined,
    widths,
    sizing: layout.columnSizing,
    rowHeight: cards ? card.height : rowHeightFor(options.rowHeight, layout.density),
    density: layout.density,
    setDensity: layout.setDensity,
    moveBy: (id: string, by: -1 | 1) => {
      const neighbour = visibleIds[visibleIds.indexOf(id) + by]
      if (neighbour)
        table.setColumnOrder((order) => moveColumn(order, id, { target: neighbour }))
    },
    moveOnto: (id: string, target: string) =>
      table.setColumnOrder((order) => moveColumn(order, id, { target })),
    resize: (id: string, width: number) =>
      table.setColumnSizing((sizing) => ({ ...sizing, [id]: width })),
    reset: () => {
      layout.reset()
      visibility.reset()
    },
  }
}
