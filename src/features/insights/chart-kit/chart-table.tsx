type Row = { key: string; cells: readonly string[]; strong?: boolean }

/** A chart's figures, to show as a table: what a card builds when asked for its table view. */
export type ChartTableData = {
  caption: string
  head: readonly string[]
  rows: readonly Row[]
  /** Columns from this index on are numbers, aligned right. */
  numericFrom?: number
}

/** A chart's figures as a plain table: its text alternative. The first column heads each row. */
export function ChartTable({ caption, head, rows, numericFrom = 2 }: ChartTableData) {
  return (
    <div className="max-h-96 overflow-auto rounded-md border border-line">
      <table className="w-full text-left text-xs">
        <caption className="px-3 py-2 text-left text-muted">{caption}</caption>
        <thead className="sticky top-0 bg-surface-2">
          <tr>
            {head.map((title, i) => (
              <th
                key={title}
                scope="col"
                className={`px-3 py-1.5 font-medium ${i >= numericFrom ? 'text-right' : ''}`}
              >
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-line">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th
                    key={i}
                    scope="row"
                    className={`px-3 py-1 ${row.strong ? 'font-semibold' : 'font-normal text-muted'}`}
                  >
                    {cell}
                  </th>
                ) : (
                  <td
                    key={i}
                    className={`px-3 py-1 tabular-nums ${i >= numericFrom ? 'text-right' : ''} ${row.strong ? 'font-semibold' : ''}`}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
