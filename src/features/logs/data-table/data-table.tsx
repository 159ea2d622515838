import type { SortingState } from '@tanstack/react-table'
import { TriangleAlert } from 'lucide-react'
import { useRef, type ReactNode, type Ref } from 'react'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { ColumnMenu } from './column-menu'
import { DataTableBody, type DataTableBodyHandle } from './data-table-body'
import { DataTableHeader } from './data-table-header'
import { LoadingRows } from './loading-rows'
import type { LogColumn } from './table-features'
import { useLogTable, type CardLayout } from './use-log-table'

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
  /** How a record shows as a card on a phone. */
  card: CardLayout
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

/** The one table both logs use: sticky header, virtual rows, infinite loading, states. */
export function DataTable<T extends { id: string }>(props: DataTableProps<T>) {
  const { label, total } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const log = useLogTable({ ...props, rowHeight: props.rowHeight ?? 52, scrollRef })
  const { table, headers, gridTemplate, rowHeight } = log
  const rows = table.getRowModel().rows

  return (
    // A container: cells that say more on a wide table ask its width, not the window's.
    <div className="@container flex min-h-0 flex-1 flex-col">
      {/* On a phone the actions wrap onto more lines rather than run off the screen. */}
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 pb-2 lg:px-6">
        <div aria-live="polite" className="text-sm text-muted">
          {props.summary}
        </div>
        <div className="flex flex-wrap items-center justify-end gap-2">
          {props.actions?.(
            table.getVisibleLeafColumns().map((column) => column.columnDef),
          )}
          <ColumnMenu
            columns={table.getAllLeafColumns()}
            density={log.density}
            onDensityChange={log.setDensity}
            onMove={log.moveBy}
            onReset={log.reset}
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
          data-density={log.density}
          data-layout={log.cards ? 'cards' : 'columns'}
          style={log.widths}
          className={`min-w-max transition-opacity ${props.isUpdating ? 'opacity-60' : ''}`}
        >
          <DataTableHeader
            headers={headers}
            gridTemplate={gridTemplate}
            sizing={log.sizing}
            onResize={log.resize}
            onMoveColumn={log.moveOnto}
            cards={log.cards}
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
              gridAreas={log.gridAreas}
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
