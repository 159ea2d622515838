import { fetchLogPage } from '@/api/logs'
import { maxPageSize } from '@/api/log-params'
import type { LogPage } from '@/api/log-page-schema'
import type { LogKind, LogQuery } from '@/domain/log-query'
import { toCsv, type CsvValue } from './csv-writer'

export type CsvField<T> = { header: string; value: (record: T) => CsvValue }

export type ExportProgress = { done: number; total: number }

/**
 * Every record matching the query, page by page (the API's largest pages),
 * written to CSV as it arrives. Stops at once when `signal` aborts; the API
 * layer's errors (with their messages) pass through to the caller.
 */
export async function exportLog<T>(options: {
  kind: LogKind
  query: LogQuery
  fields: CsvField<T>[]
  signal: AbortSignal
  onProgress: (progress: ExportProgress) => void
}): Promise<Blob> {
  const { kind, query, fields, signal, onProgress } = options
  // Byte order mark: spreadsheet apps then read names and emoji as UTF-8.
  const parts: string[] = ['\uFEFF', toCsv([fields.map((field) => field.header)])]
  let cursor: string | null = null
  let done = 0
  do {
    const page: LogPage<LogKind> = await fetchLogPage(
      kind,
      query,
      cursor,
      signal,
      maxPageSize,
    )
    const rows = (page.records as T[]).map((record) =>
      fields.map((field) => field.value(record)),
    )
    parts.push(toCsv(rows))
    done += page.records.length + page.invalid.length
    onProgress({ done, total: page.total })
    cursor = page.nextCursor
  } while (cursor !== null && !signal.aborted)
  signal.throwIfAborted()
  return new Blob(parts, { type: 'text/csv;charset=utf-8' })
}
