import {
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  type CellData,
  type ColumnDef,
  type RowData,
  type TableFeatures,
} from '@tanstack/react-table'

/**
 * The table features every log uses, declared once. Sorting is done by the
 * API; sizing holds the widths a person dragged (the grid lays out the rest).
 */
export const logTableFeatures = tableFeatures({
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  rowSortingFeature,
})

export type LogTableFeatures = typeof logTableFeatures

export type LogColumn<T extends RowData> = ColumnDef<LogTableFeatures, T>

export const logColumnHelper = <T extends RowData>() =>
  createColumnHelper<LogTableFeatures, T>()

// The type parameters must repeat the original declaration to merge with it.
/* eslint-disable @typescript-eslint/no-unused-vars */
declare module '@tanstack/table-core' {
  interface ColumnMeta<
    in out TFeatures extends TableFeatures,
    in out TData extends RowData,
    TValue extends CellData = CellData,
  > {
    /** The column's track in the row's CSS grid, e.g. '150px' or 'minmax(320px, 1fr)'. */
    width: string
    /** Its track on screens narrower than 1280 px, where tablets need room for Status and Metrics. */
    narrowWidth?: string
    /** Its name in the column menu and for screen readers when the header is an icon. */
    label: string
    align?: 'end'
    /** Where it sits in its track when the record is a card; the status goes to the card's edge. */
    cardAlign?: 'end'
    /** Hidden by default on screens narrower than this (px); the user can still show it. */
    hideBelow?: number
    /** What the column writes to a CSV export: one or more named cells. */
    csv?: { header: string; value: (record: TData) => string | number }[]
  }
}
/* eslint-enable @typescript-eslint/no-unused-vars */
