import { textPieces } from './byte-stream'
import { createImportParser } from './import-parser'
import type { ImportBatch, ImportOptions, ImportResult } from './import-types'

/** A batch with how much of the file (in its stored bytes) was read to get it. */
export type ImportStep = ImportBatch & { bytesRead: number; totalBytes: number | null }

/**
 * Reads a whole file (plain or gzip) into batches of records, for a worker
 * to store as they come; returns the last batch and the summary. Aborting
 * the signal stops it between pieces.
 */
export async function* parseImport(
  file: Blob | ReadableStream<Uint8Array>,
  options: ImportOptions & { gzip?: boolean; signal?: AbortSignal },
): AsyncGenerator<ImportStep, ImportResult & { bytesRead: number }> {
  const parser = createImportParser(options)
  const totalBytes = file instanceof Blob ? file.size : null
  let bytesRead = 0
  for await (const piece of textPieces(file, options)) {
    bytesRead = piece.bytesRead
    yield { ...parser.push(piece.text), bytesRead, totalBytes }
  }
  return { ...parser.end(), bytesRead }
}
