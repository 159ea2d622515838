import type { DatasetMeta } from '@/lib/datasets/dataset-db'
import type {
  ImportOptions,
  ImportSniff,
  ImportSummary,
  RejectedRow,
} from '../parse/import-types'

/** Where to put the records: a new set under a name, or an existing set (merged, ids once). */
export type ImportTarget = { id: string | null; name: string }

export type ImportCall =
  | { type: 'sniff'; file: Blob; name: string }
  | { type: 'parse'; file: Blob; options: ImportOptions }
  | { type: 'save'; target: ImportTarget }

export type ImportStage = 'reading' | 'saving'

export type ImportReply =
  | { type: 'sniffed'; sniff: ImportSniff }
  | { type: 'progress'; stage: ImportStage; done: number; total: number }
  | { type: 'parsed'; summary: ImportSummary; rejected: RejectedRow[] }
  | { type: 'saved'; meta: DatasetMeta }
  | { type: 'failed'; message: string }
