import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { missingCsvFields } from './csv-mapping'
import { csvReader } from './csv-reader'
import { ImportTally } from './import-tally'
import type {
  ImportBatch,
  ImportOptions,
  ImportParser,
  RejectedRow,
} from './import-types'
import type { ParsedRow, RowReader } from './parsed-row'
import { rejectedRow } from './row-problem'
import { twilioCallToWire } from './twilio-call'
import { twilioJsonLinesReader } from './twilio-jsonl'
import { twilioMessageToWire } from './twilio-message'
import { twilioRestReader } from './twilio-rest'

function readerFor(options: ImportOptions): RowReader {
  const readItem = options.kind === 'calls' ? twilioCallToWire : twilioMessageToWire
  if (options.format === 'twilio-jsonl') return twilioJsonLinesReader(readItem)
  if (options.format === 'twilio-rest') return twilioRestReader(options.kind, readItem)
  const { mapping } = options
  if (!mapping) throw new Error('A CSV import needs a column mapping.')
  const missing = missingCsvFields(mapping, options.kind)
  if (missing.length > 0)
    throw new Error(`The column mapping lacks: ${missing.join(', ')}.`)
  if (mapping.columns.vendor === undefined && !options.vendor)
    throw new Error('This file has no vendor column: pick the vendor of its records.')
  return csvReader({ kind: options.kind, mapping, vendor: options.vendor ?? null })
}

/**
 * Reads a file's text piece by piece into the API's call or text records
 * (the same wire shapes `GET /api/v1/calls` sends, so the same schemas,
 * trails and status lookup apply). Rows that cannot be read are kept,
 * with the reason, in `rejected`; a repeated id is dropped. Pure: runs in a
 * worker as well as in node.
 */
export function createImportParser(options: ImportOptions): ImportParser {
  const reader = readerFor(options)
  const tally = new ImportTally(options.format, options.kind)
  let chars = 0
  let lines = 0
  const take = (rows: ParsedRow[]): ImportBatch => {
    const calls: CallWire[] = []
    const texts: TextWire[] = []
    const rejected: RejectedRow[] = []
    for (const row of rows) {
      lines = Math.max(lines, row.line)
      let record: CallWire | TextWire
      try {
        record = row.read()
      } catch (problem) {
        rejected.push(rejectedRow(row.line, row.raw, problem, row.unit))
        continue
      }
      const at = 'started_at' in record ? record.started_at : record.created_at
      if (!tally.add({ id: record.id, vendor: record.vendor, at, status: record.status }))
        continue
      if ('started_at' in record) calls.push(record)
      else texts.push(record)
    }
    tally.rejected += rejected.length
    return {
      calls,
      texts,
      rejected,
      progress: { chars, lines, records: tally.count, rejected: tally.rejected },
    }
  }
  return {
    push(text) {
      chars += text.length
      return take(reader.push(text))
    },
    end() {
      return { ...take(reader.end()), summary: tally.summary() }
    },
  }
}
