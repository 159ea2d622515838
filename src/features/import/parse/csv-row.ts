import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { logKindInfo } from '@/domain/log-kind'
import type { Channel } from '@/domain/vendors'
import { csvFields, type CsvField, type CsvMapping } from './csv-mapping'
import {
  optionalText,
  optionalTime,
  requiredText,
  seconds,
  segmentCount,
} from './field-readers'
import { isoInstant } from './import-dates'
import type { ImportKind } from './import-types'
import { csvVendor } from './csv-vendor'
import { rowId } from './row-id'
import { RowProblem } from './row-problem'
import { wireStatus } from './wire-status'

export type CsvRowContext = {
  kind: ImportKind
  mapping: CsvMapping
  header: readonly string[]
  /** The vendor of rows with no vendor column (or an empty cell in it). */
  vendor: string | null
}

function csvDirection(value: string | null): 'inbound' | 'outbound' | 'unknown' {
  const text = (value ?? '').trim().toLowerCase()
  if (/^(in|inbound|incoming|received)\b/.test(text)) return 'inbound'
  if (/^(out|outbound|outgoing|sent|dialed|dialled)\b/.test(text)) return 'outbound'
  return 'unknown'
}

const refs = new Map<string, { id: string; name: string }>()

/** A name as a filter's reference: its slug and itself (a file repeats a few names). */
function namedRef(name: string | null): { id: string; name: string } | null {
  if (name === null) return null
  let ref = refs.get(name)
  if (!ref) {
    const slug = name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64)
    ref = { id: slug || `name-${rowId([name]).slice(0, 8)}`, name: name.trim() }
    if (refs.size < 10_000) refs.set(name, ref)
  }
  return ref
}

/** Reads a file's rows as the API's calls or texts, the mapping worked out once. */
export function csvRowReader(
  context: CsvRowContext,
): (row: readonly string[]) => CallWire | TextWire {
  const { columns, zone } = context.mapping
  // The file's own name for each field, so messages speak the file's language.
  const names = Object.fromEntries(
    csvFields.map((field) => {
      const index = columns[field]
      return [field, index === undefined ? field : (context.header[index] ?? field)]
    }),
  ) as Record<CsvField, string>
  return (row) => readCsvRow(row, context, names, logKindInfo[context.kind].channel, zone)
}

const cellOf = (row: readonly string[], index: number | undefined) =>
  index === undefined ? undefined : row[index]

function readCsvRow(
  row: readonly string[],
  context: CsvRowContext,
  name: Record<CsvField, string>,
  channel: Channel,
  zone: 'local' | 'utc',
): CallWire | TextWire {
  const { columns } = context.mapping
  const cell = (field: CsvField) => cellOf(row, columns[field])
  const text = (field: CsvField) => optionalText(name[field], cellOf(row, columns[field]))
  const vendor = csvVendor(text('vendor')) ?? context.vendor
  if (vendor === null) throw new RowProblem(name.vendor, `${name.vendor} is missing`)
  const time = optionalTime(name.time, cell('time'), zone)
  if (time === null) throw new RowProblem(name.time, `${name.time} is missing`)
  const status = wireStatus(vendor, channel, requiredText(name.status, cell('status')))
  const direction = csvDirection(text('direction'))
  const contact = text('contact')
  const from = text('from') ?? (direction === 'outbound' ? null : contact)
  const to = text('to') ?? (direction === 'outbound' ? contact : null)
  const other = contact ?? (direction === 'outbound' ? to : from) ?? ''
  const at = isoInstant(time)
  const idCell = text('id')
  const id = rowId(idCell === null ? row : [idCell], idCell)
  const trail = [{ at, status, detail: null }]
  const contactRef = { name: text('contactName'), number: other }
  if (context.kind === 'texts') {
    const ours = text('trackingNumber')
    return {
      id,
      vendor,
      direction,
      created_at: at,
      from: from ?? (direction === 'outbound' ? (ours ?? '') : other),
      to: to ?? (direction === 'outbound' ? other : (ours ?? '')),
      contact: contactRef,
      body: text('body') ?? '',
      segments: segmentCount(name.segments, cell('segments')),
      status,
      trail,
    }
  }
  const duration = seconds(name.duration, cell('duration'))
  const ring = seconds(name.ringTime, cell('ringTime'))
  const talk = seconds(name.talkTime, cell('talkTime'))
  const whole = Math.max(duration, ring + talk)
  return {
    id,
    vendor,
    direction,
    started_at: at,
    duration: whole,
    ring_time: ring,
    talk_time: talk,
    contact: contactRef,
    tracking_number: text('trackingNumber') ?? (direction === 'outbound' ? from : to),
    receiving_number: text('receivingNumber'),
    source: namedRef(text('source')),
    agent: namedRef(text('agent')),
    campaign: text('campaign'),
    has_recording: false,
    status,
    result: null,
    trail,
  }
}
