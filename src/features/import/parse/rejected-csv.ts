import Papa from 'papaparse'
import type { RejectedRow } from './import-types'

/** The rows not imported as a CSV to download: line, field, reason and the row as it was. */
export function rejectedRowsCsv(rows: readonly RejectedRow[]): string {
  return Papa.unparse({
    fields: ['line', 'field', 'reason', 'row'],
    data: rows.map((row) => [String(row.line), row.field ?? '', row.reason, row.raw]),
  })
}
