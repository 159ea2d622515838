import { FlexRender, type Row, type RowData } from '@tanstack/react-table'
import { memo } from 'react'
import { RowActiveContext } from './row-focus'
import type { LogTableFeatures } from './table-features'

export type DataTableRowProps<T extends RowData> = {
  row: Row<LogTableFeatures, T>
  index: number
  start: number
  height: number
  gridTemplate: string
  /** Set when the row is a card: its grid areas, named after the columns. */
  gridAreas?: string
  active: boolean
  open: boolean
}

function DataTableRowInner<T extends RowData>({
  row,
  index,
  start,
  height,
  gridTemplate,
  gridAreas,
  active,
  open,
}: DataTableRowProps<T>) {
  const card = gridAreas !== undefined
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={open}
      tabIndex={active ? 0 : -1}
      data-index={index}
      data-row-id={row.id}
      className={`absolute inset-x-0 top-0 grid cursor-pointer [content-visibility:auto] [contain-intrinsic-size:auto_52px] border-b border-line bg-surface text-[13px] outline-none hover:bg-surface-2 focus-visible:z-[1] focus-visible:ring-2 focus-visible:ring-focus focus-visible:ring-inset aria-selected:bg-accent-soft ${card ? 'content-center gap-x-2 gap-y-1.5 px-1.5 py-2' : ''}`}
      style={{
        height,
        transform: `translateY(${start}px)`,
        gridTemplateColumns: gridTemplate,
        gridTemplateAreas: gridAreas,
      }}
    >
      <RowActiveContext value={active}>
        {row.getVisibleCells().map((cell) => (
          <div
            role="cell"
            key={cell.column.id}
            className={`flex min-w-0 items-center px-2.5 ${cell.column.columnDef.meta?.align === 'end' ? 'justify-end text-right' : ''}`}
            style={
              card
                ? {
                    gridArea: cell.column.id,
                    justifySelf: cell.column.columnDef.meta?.cardAlign,
                  }
                : undefined
            }
          >
            <FlexRender cell={cell} />
          </div>
        ))}
      </RowActiveContext>
    </div>
  )
}

/**
 * Whether a row would render the same. The table makes new row objects for
 * every row each time a page arrives, so a row is compared by its record:
 * appending a page re-renders none of the rows on screen. The grid template
 * names the visible columns and their widths.
 */
export function sameRow<T extends RowData>(
  prev: DataTableRowProps<T>,
  next: DataTableRowProps<T>,
): boolean {
  return (
    prev.row.original === next.row.original &&
    prev.row.id === next.row.id &&
    prev.index === next.index &&
    prev.start === next.start &&
    prev.height === next.height &&
    prev.gridTemplate === next.gridTemplate &&
    prev.gridAreas === next.gridAreas &&
    prev.active === next.active &&
    prev.open === next.open
  )
}

/** One row; re-renders only when its record, place or focus changes, not on every scroll. */
export const DataTableRow = memo(DataTableRowInner, sameRow) as typeof DataTableRowInner
