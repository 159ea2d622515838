import { FlexRender, type Header, type RowData } from '@tanstack/react-table'
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import type { LogTableFeatures } from './table-features'

type DataTableHeaderProps<T extends RowData> = {
  headers: Header<LogTableFeatures, T>[]
  gridTemplate: string
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const

/** The sticky header row; sortable columns are buttons that ask the API for a new order. */
export function DataTableHeader<T extends RowData>({
  headers,
  gridTemplate,
}: DataTableHeaderProps<T>) {
  return (
    <div role="rowgroup" className="sticky top-0 z-10 border-b border-line bg-surface-2">
      <div
        role="row"
        aria-rowindex={1}
        className="grid h-9 text-xs font-medium text-muted"
        style={{ gridTemplateColumns: gridTemplate }}
      >
        {headers.map((header) => {
          const sorted = header.column.getIsSorted()
          const meta = header.column.columnDef.meta
          const alignEnd = meta?.align === 'end'
          return (
            <div
              role="columnheader"
              key={header.id}
              aria-sort={sorted ? ariaSort[sorted] : undefined}
              className={`flex min-w-0 items-center px-2.5 ${alignEnd ? 'justify-end' : ''}`}
            >
              {header.column.getCanSort() ? (
                <button
                  type="button"
                  onClick={header.column.getToggleSortingHandler()}
                  className={`-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 hover:bg-surface-3 hover:text-ink ${sorted ? 'text-ink' : ''}`}
                >
                  <FlexRender header={header} />
                  {sorted === 'asc' ? (
                    <ArrowUp aria-hidden className="size-3.5" />
                  ) : sorted === 'desc' ? (
                    <ArrowDown aria-hidden className="size-3.5" />
                  ) : (
                    <ArrowUpDown aria-hidden className="size-3.5 opacity-50" />
                  )}
                </button>
              ) : (
                <span className="truncate">
                  <FlexRender header={header} />
                </span>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
