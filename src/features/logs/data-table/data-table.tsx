import {
  useTable,
  type SortingState,
  type Updater,
  type ColumnVisibilityState,
} from '@tanstack/react-table'
import { TriangleAlert } from 'lucide-react'
import { useRef, type CSSProperties, type ReactNode, type Ref } from 'react'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { useStoredState } from '@/lib/use-stored-state'
import { moveColumn, rowHeightFor } from './column-layout'
import { ColumnMenu } from './column-menu'
import { widthVariable } from './column-resize-handle'
import { DataTableBody, type DataTableBodyHandle } from './data-table-body'
import { DataTableHeader } from './data-table-header'
import { LoadingRows } from './loading-rows'
import { logTableFeatures, type LogColumn } from './table-features'
import { useColumnLayout } from './use-column-layout'

export type DataTableProps<T extends { id: string }> = {
  /** The table's accessible name, e.g. "Activity Log". */
  label: string
  columns: LogColumn<T>[]
  data: T[]
  /** Rows matching the filters on the server, not only those loaded. */
  total: number | undefined
  summary: ReactNode
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  /** Where the column choice is remembered. */
  storageKey: string
  rowHeight?: number
  status: 'pending' | 'error' | 'success'
  /** True while newer results for changed filters are on their way. */
  isUpdating: boolean
  errorMessage: string | undefined
  onRetry: () => void
  hasNextPage: boolean
  isFetchingNextPage: boolean
  /** Set when loading more rows or refreshing them failed; what is loaded stays on screen. */
  rowsError: string | undefined
  onLoadMore: () => void
  openRowId: string | undefined
  onOpenRow: (record: T) => void
  empty: ReactNode
  handle?: Ref<DataTableBodyHandle>
  /** Buttons beside the column menu, given the columns as shown. */
  actions?: (visibleColumns: LogColumn<T>[]) => ReactNode
}

const isVisibility = (value: unknown): value is ColumnVisibilityState =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'boolean')

/** Until the user chooses, narrow screens start without the columns marked to give way. */
function defaultVisibility<T extends { id: string }>(
  columns: LogColumn<T>[],
  width: number,
): ColumnVisibilityState {
  return Object.fromEntries(
    columns
      .filter((column) => column.id && (column.meta?.hideBelow ?? 0) > width)
      .map((column) => [column.id as string, false]),
  )
}

const getRowId = (record: { id: string }) => record.id

const resolve = <S,>(updater: Updater<S>, previous: S): S =>
  typeof updater === 'function' ? (updater as (p: S) => S)(previous) : updater

/** The one table both logs use: sticky header, virtual rows, infinite loading, states. */
export function DataTable<T extends { id: string }>(props: DataTableProps<T>) {
  const { label, columns, data, total, sorting, onSortingChange } = props
  const [columnVisibility, setColumnVisibility] = useStoredState<ColumnVisibilityState>(
    `callboard.columns.${props.storageKey}`,
    () => defaultVisibility(columns, window.innerWidth),
    isVisibility,
  )
  const layout = useColumnLayout(
    props.storageKey,
    columns.map((column) => column.id ?? ''),
  )
  const rowHeight = rowHeightFor(props.rowHeight ?? 52, layout.density)
  const table = useTable({
    features: logTableFeatures,
    columns,
    data,
    getRowId,
    state: {
      sorting,
      columnVisibility,
      columnOrder: layout.columnOrder,
      columnSizing: layout.columnSizing,
    },
    onSortingChange: (updater) => onSortingChange(resolve(updater, sorting)),
    onColumnVisibilityChange: setColumnVisibility,
    onColumnOrderChange: layout.onColumnOrderChange,
    onColumnSizingChange: layout.onColumnSizingChange,
    manualSorting: true,
    enableSortingRemoval: false,
  })
  const scrollRef = useRef<HTMLDivElement>(null)
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  // Each track named after its column, so the template tells which columns a row
  // shows. A width the person set comes in through a CSS variable: resizing
  // changes the table's style only, never the rows' props.
  const gridTemplate = headers
    .map(
      (h) =>
        `[${h.column.id}] var(${widthVariable(h.column.id)}, ${h.column.columnDef.meta?.width ?? '1fr'})`,
    )
    .join(' ')
  const widths = Object.fromEntries(
    Object.entries(layout.columnSizing).map(([id, width]) => [
      widthVariable(id),
      `${width}px`,
    ]),
  ) as CSSProperties
  const rows = table.getRowModel().rows
  const visibleIds = table.getVisibleLeafColumns().map((column) => column.id)
  const moveBy = (id: string, by: -1 | 1) => {
    const neighbour = visibleIds[visibleIds.indexOf(id) + by]
    if (neighbour)
      table.setColumnOrder((order) => moveColumn(order, id, { target: neighbour }))
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex items-center justify-between gap-3 px-4 pb-2 lg:px-6">
        <div aria-live="polite" className="text-sm text-muted">
          {props.summary}
        </div>
        <div className="flex items-center gap-2">
          {props.actions?.(
            table.getVisibleLeafColumns().map((column) => column.columnDef),
          )}
          <ColumnMenu
            columns={table.getAllLeafColumns()}
            density={layout.density}
            onDensityChange={layout.setDensity}
            onMove={moveBy}
            onReset={() => {
              layout.reset()
              setColumnVisibility(defaultVisibility(columns, window.innerWidth))
            }}
          />
        </div>
      </div>
      <div
        ref={scrollRef}
        className="relative min-h-0 flex-1 overflow-auto border-t border-line bg-surface"
      >
        <div
          role="table"
          aria-label={label}
          aria-rowcount={total === undefined ? -1 : total + 1}
          aria-busy={
            props.status === 'pending' || props.isUpdating || props.isFetchingNextPage
          }
          data-density={layout.density}
          style={widths}
          className={`min-w-max transition-opacity ${props.isUpdating ? 'opacity-60' : ''}`}
        >
          <DataTableHeader
            headers={headers}
            gridTemplate={gridTemplate}
            sizing={layout.columnSizing}
            onResize={(id, width) =>
              table.setColumnSizing((sizing) => ({ ...sizing, [id]: width }))
            }
            onMoveColumn={(id, target) =>
              table.setColumnOrder((order) => moveColumn(order, id, { target }))
            }
          />
          {props.status === 'pending' ? (
            <div className="relative" style={{ height: rowHeight * 12 }}>
              <LoadingRows height={rowHeight} count={12} />
            </div>
          ) : props.status === 'error' ? null : rows.length === 0 ? null : (
            <DataTableBody
              rows={rows}
              rowHeight={rowHeight}
              gridTemplate={gridTemplate}
              scrollRef={scrollRef}
              hasNextPage={props.hasNextPage && !props.rowsError}
              onLoadMore={props.onLoadMore}
              openRowId={props.openRowId}
              onOpenRow={props.onOpenRow}
              handle={props.handle}
            />
          )}
        </div>
        {props.status === 'error' ? (
          <EmptyState
            icon={TriangleAlert}
            tone="danger"
            title={`The ${label} could not be loaded`}
            action={
              <Button variant="primary" onClick={props.onRetry}>
                Retry
              </Button>
            }
          >
            {props.errorMessage}
          </EmptyState>
        ) : props.status === 'success' && rows.length === 0 ? (
          props.empty
        ) : null}
        {props.rowsError ? (
          <div
            role="alert"
            className="sticky left-0 flex items-center justify-center gap-3 border-t border-line bg-danger-soft px-4 py-3 text-sm"
          >
            <span>{props.rowsError}</span>
            <Button size="sm" onClick={props.onRetry}>
              Retry
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  )
}
