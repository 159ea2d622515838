import Papa from 'papaparse'
import type { CsvMapping } from './csv-mapping'
import { csvRowReader, type CsvRowContext } from './csv-row'
import { CsvRecordSplitter } from './csv-records'
import type { ParsedRow, RowReader } from './parsed-row'
import { RowProblem } from './row-problem'

/** Cells of each record, parsed by papaparse in one go; one call per record only when the two disagree. */
function cellsOf(records: readonly { text: string }[], delimiter: string): string[][] {
  if (records.length === 0) return []
  const config = { delimiter, newline: '\n' as const }
  const joined = Papa.parse<string[]>(
    records.map((record) => record.text).join('\n'),
    config,
  )
  if (joined.data.length === records.length) return joined.data
  return records.map(
    (record) => Papa.parse<string[]>(record.text, config).data[0] ?? [''],
  )
}

/** CSV with a header row: the mapping says which column fills which field. */
export function csvReader(
  context: Omit<CsvRowContext, 'header'> & { mapping: CsvMapping },
): RowReader {
  const splitter = new CsvRecordSplitter()
  let header: string[] | null = null
  let readRow: ReturnType<typeof csvRowReader> = () => {
    throw new RowProblem(undefined, 'no header row')
  }
  // Guessed once from the header, so every piece splits its cells alike.
  let delimiter = ','
  const rows = (records: { text: string; line: number }[]): ParsedRow[] => {
    const first = records[0]
    if (header === null && first) delimiter = Papa.parse(first.text).meta.delimiter || ','
    const cells = cellsOf(records, delimiter)
    const out: ParsedRow[] = []
    records.forEach((record, index) => {
      const row = cells[index] ?? []
      if (header === null) {
        header = row.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell))
        readRow = csvRowReader({ ...context, header })
        return
      }
      if (record.text.trim() === '') return
      const columns = header.length
      const read = readRow
      out.push({
        line: record.line,
        unit: 'line',
        raw: record.text,
        read: () => {
          if (row.length < columns)
            throw new RowProblem(
              undefined,
              `${row.length} cells where the header has ${columns}`,
            )
          return read(row)
        },
      })
    })
    return out
  }
  return {
    push: (text) => rows(splitter.push(text)),
    end: () => rows(splitter.end()),
  }
}
