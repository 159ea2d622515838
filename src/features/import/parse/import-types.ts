import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import type { LogKind } from '@/domain/log-query'
import type { Vendor } from '@/domain/vendors'
import type { CsvMapping } from './csv-mapping'

/** The file formats Callboard reads. */
export const importFormats = ['twilio-jsonl', 'twilio-rest', 'csv'] as const
export type ImportFormat = (typeof importFormats)[number]

/** Which log the records go to. */
export type ImportKind = LogKind

export const importFormatLabels: Record<ImportFormat, string> = {
  'twilio-jsonl': 'Twilio BulkExport day file (JSON Lines)',
  'twilio-rest': 'Twilio REST list pages (JSON)',
  csv: 'CSV with a header row',
}

/** What the first bytes of a file say it is; `format: null` when it is nothing Callboard reads. */
export type ImportSniff =
  | {
      format: ImportFormat
      kind: ImportKind
      /** Known from the format (Twilio) or the file's name; null: ask the user, or read a vendor column. */
      vendor: Vendor | null
      gzip: boolean
      /** CSV only: the header row's cells, as written. */
      header: string[] | null
    }
  | { format: null; gzip: boolean; reason: string }

/** How to read a file: from the sniff, the user's choices and (CSV) the confirmed mapping. */
export type ImportOptions = {
  format: ImportFormat
  kind: ImportKind
  /** Twilio files are always Twilio's; for a CSV, the vendor of rows without a vendor column. */
  vendor?: Vendor | null
  /** Required for CSV. */
  mapping?: CsvMapping
  /** Records per batch handed out by push(); default 2,000. */
  batchSize?: number
}

/** A row that could not be read: kept whole, with why, so nothing is lost. */
export type RejectedRow = {
  /** 1-based line of the file (for CSV, the line the row starts on). */
  line: number
  /** The field at fault, as the file names it; absent when the whole row is unreadable. */
  field?: string
  /** A sentence naming the line and the field: "line 14: start_time 'soon' is not a date". */
  reason: string
  /** The row as it was in the file. */
  raw: string
}

/** How far parsing has come. */
export type ImportProgress = {
  /** Characters of text consumed so far. */
  chars: number
  /** Lines (CSV rows, JSON lines) read so far, rejected ones included. */
  lines: number
  records: number
  rejected: number
}

/** What one push() gives back: the records it completed. */
export type ImportBatch = {
  calls: CallWire[]
  texts: TextWire[]
  rejected: RejectedRow[]
  progress: ImportProgress
}

/** What Callboard recognised in the whole file. */
export type ImportSummary = {
  format: ImportFormat
  kind: ImportKind
  /** Records read (after dropping repeats of an id already seen in the file). */
  records: number
  rejected: number
  /** Rows whose id was already imported from this file: dropped, not counted twice. */
  duplicates: number
  /** Earliest and latest record time, ISO 8601 in UTC; null when nothing was read. */
  from: string | null
  to: string | null
  /** Vendors of the records, most records first. */
  vendors: string[]
  /** Records whose status the catalog knows for their vendor, and those it does not. */
  knownStatuses: number
  unknownStatuses: number
  /** Each status code the catalog does not know, as sent, with how many records carry it. */
  unknownStatusCodes: Map<string, number>
}

/** What end() gives back: the last records, and the summary of the whole file. */
export type ImportResult = ImportBatch & { summary: ImportSummary }

/** A streaming parser: feed it the file's text piece by piece, then end it. */
export type ImportParser = {
  /** Reads the next piece of text (any size, cut anywhere); gives back the records it completed. */
  push(text: string): ImportBatch
  /** No more text: reads what is left and sums the file up. */
  end(): ImportResult
}
