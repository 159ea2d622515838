/*
 * STAND-IN for import-core's parsers (src/features/import/parse/), with
 * their contract's shapes; replaced by theirs once merged.
 */
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'

export type ImportFormat = 'twilio-jsonl' | 'twilio-rest' | 'csv'
export type ImportKind = 'calls' | 'texts'
export type CsvField = 'time' | 'status' | 'contact' | 'direction' | 'duration' | 'vendor'
export const csvFields: readonly CsvField[] = [
  'time',
  'status',
  'contact',
  'direction',
  'duration',
  'vendor',
]
export const csvFieldLabels: Record<CsvField, string> = {
  time: 'Time',
  status: 'Status',
  contact: 'Contact number',
  direction: 'Direction',
  duration: 'Duration',
  vendor: 'Vendor',
}
export type CsvMapping = {
  columns: Partial<Record<CsvField, number>>
  zone: 'local' | 'utc'
}
export const importFormatLabels: Record<ImportFormat, string> = {
  'twilio-jsonl': 'Twilio BulkExport day file (JSON Lines)',
  'twilio-rest': 'Twilio REST list pages (JSON)',
  csv: 'CSV with a header row',
}
export type ImportSniff =
  | {
      format: ImportFormat
      kind: ImportKind
      vendor: string | null
      gzip: boolean
      header: string[] | null
    }
  | { format: null; gzip: boolean; reason: string }
export type ImportOptions = {
  format: ImportFormat
  kind: ImportKind
  vendor?: string | null
  mapping?: CsvMapping
}
export type RejectedRow = { line: number; field?: string; reason: string; raw: string }
export type ImportProgress = {
  chars: number
  lines: number
  records: number
  rejected: number
}
export type ImportBatch = {
  calls: CallWire[]
  texts: TextWire[]
  rejected: RejectedRow[]
  progress: ImportProgress
}
export type ImportSummary = {
  format: ImportFormat
  kind: ImportKind
  records: number
  rejected: number
  duplicates: number
  from: string | null
  to: string | null
  vendors: string[]
  knownStatuses: number
  unknownStatuses: number
  unknownStatusCodes: Map<string, number>
}
export type ImportResult = ImportBatch & { summary: ImportSummary }
export type ImportParser = { push(text: string): ImportBatch; end(): ImportResult }

export const squashName = (cell: string) => cell.toLowerCase().replace(/[^a-z0-9]+/g, '')
export const headerSignature = (header: readonly string[]) =>
  header.map(squashName).join('|')

export function guessCsvMapping(header: readonly string[]): CsvMapping {
  const columns: CsvMapping['columns'] = {}
  header.map(squashName).forEach((name, i) => {
    if (['time', 'date', 'startedat'].includes(name)) columns.time = i
    if (['status', 'callstatus'].includes(name)) columns.status = i
    if (['callernumber', 'contact', 'phone'].includes(name)) columns.contact = i
    if (name === 'direction') columns.direction = i
    if (name === 'duration') columns.duration = i
    if (name === 'vendor') columns.vendor = i
  })
  return { columns, zone: 'utc' }
}

export function missingCsvFields(mapping: CsvMapping, kind: ImportKind): CsvField[] {
  const fields =
    kind === 'calls'
      ? (['time', 'status', 'contact'] as const)
      : (['time', 'status'] as const)
  return fields.filter((f) => mapping.columns[f] === undefined)
}

export function sniffImport(text: string, gzip: boolean): ImportSniff {
  const start = text.trimStart()
  if (start === '') return { format: null, gzip, reason: 'The file is empty.' }
  if (start.startsWith('{')) {
    const kind = /"(messages|body|date_sent)"/.test(start.slice(0, 2000))
      ? 'texts'
      : 'calls'
    const format = /^\{\s*"(calls|messages)"/.test(start) ? 'twilio-rest' : 'twilio-jsonl'
    return { format, kind, vendor: 'twilio', gzip, header: null }
  }
  const line = start.split(/\r?\n/)[0] ?? ''
  if (line.includes(','))
    return { format: 'csv', kind: 'calls', vendor: null, gzip, header: line.split(',') }
  return {
    format: null,
    gzip,
    reason: 'This is not JSON Lines, a Twilio JSON page nor a CSV with a header row.',
  }
}

const status = (code: string) => ({ code, key: null })

export function createImportParser(options: ImportOptions): ImportParser {
  let rest = ''
  let line = 0
  const ids = new Set<string>()
  const all = {
    records: 0,
    rejected: 0,
    from: null as string | null,
    to: null as string | null,
  }
  const unknown = new Map<string, number>()
  const readLine = (text: string, batch: ImportBatch) => {
    line++
    if (text.trim() === '' || (options.format === 'csv' && line === 1)) return
    try {
      const call =
        options.format === 'csv' ? csvCall(text, options) : twilio(text, options.kind)
      if (ids.has(call.id)) return
      ids.add(call.id)
      const at = 'started_at' in call ? call.started_at : call.created_at
      if (all.from === null || at < all.from) all.from = at
      if (all.to === null || at > all.to) all.to = at
      unknown.set(call.status.code, (unknown.get(call.status.code) ?? 0) + 1)
      if ('started_at' in call) batch.calls.push(call)
      else batch.texts.push(call)
      all.records++
    } catch (error) {
      all.rejected++
      batch.rejected.push({
        line,
        reason: `line ${line}: ${(error as Error).message}`,
        raw: text,
      })
    }
  }
  const push = (text: string): ImportBatch => {
    const batch: ImportBatch = {
      calls: [],
      texts: [],
      rejected: [],
      progress: { chars: 0, lines: 0, records: 0, rejected: 0 },
    }
    const lines = (rest + text).split('\n')
    rest = lines.pop() ?? ''
    lines.forEach((l) => readLine(l, batch))
    batch.progress = {
      chars: 0,
      lines: line,
      records: all.records,
      rejected: all.rejected,
    }
    return batch
  }
  return {
    push,
    end: () => {
      const batch = push('\n')
      return {
        ...batch,
        summary: {
          format: options.format,
          kind: options.kind,
          records: all.records,
          rejected: all.rejected,
          duplicates: 0,
          from: all.from,
          to: all.to,
          vendors: [options.vendor ?? 'twilio'],
          knownStatuses: 0,
          unknownStatuses: all.records,
          unknownStatusCodes: unknown,
        },
      }
    },
  }
}

function twilio(text: string, kind: ImportKind): CallWire | TextWire {
  const row = JSON.parse(text) as Record<string, string | null>
  const inbound = row.direction === 'inbound'
  const from = row.from ?? ''
  const to = row.to ?? ''
  const contact = { name: null, number: inbound ? from : to }
  if (kind === 'texts') {
    return {
      id: row.sid ?? '',
      vendor: 'twilio',
      direction: inbound ? 'inbound' : 'outbound',
      created_at: new Date(row.date_sent ?? row.date_created ?? '').toISOString(),
      from,
      to,
      contact,
      body: row.body ?? '',
      segments: Number(row.num_segments ?? 1) || 1,
      status: status(row.status ?? ''),
      trail: [],
    }
  }
  const duration = Number(row.duration ?? 0)
  return {
    id: row.sid ?? '',
    vendor: 'twilio',
    direction: inbound ? 'inbound' : 'outbound',
    started_at: new Date(row.start_time ?? '').toISOString(),
    duration,
    ring_time: 0,
    talk_time: duration,
    contact,
    tracking_number: inbound ? to : from,
    receiving_number: null,
    source: null,
    agent: null,
    campaign: null,
    has_recording: false,
    status: status(row.status ?? ''),
    result: null,
    trail: [],
  }
}

function csvCall(text: string, options: ImportOptions): CallWire {
  const cells = text.split(',')
  const cell = (field: CsvField) => {
    const index = options.mapping?.columns[field]
    return index === undefined ? '' : (cells[index] ?? '').trim()
  }
  const time = new Date(cell('time'))
  if (Number.isNaN(time.getTime()))
    throw new Error(`time ${JSON.stringify(cell('time'))} is not a date`)
  return {
    id: `csv-${cells.join('|')}`,
    vendor: cell('vendor') || (options.vendor ?? 'ctm'),
    direction: cell('direction') === 'outbound' ? 'outbound' : 'inbound',
    started_at: time.toISOString(),
    duration: Number(cell('duration')) || 0,
    ring_time: 0,
    talk_time: 0,
    contact: { name: null, number: cell('contact') },
    tracking_number: null,
    receiving_number: null,
    source: null,
    agent: null,
    campaign: null,
    has_recording: false,
    status: status(cell('status')),
    result: null,
    trail: [],
  }
}
