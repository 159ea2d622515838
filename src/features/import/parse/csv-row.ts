import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import type { Channel } from '@/domain/vendors'
import type { CsvField, CsvMapping } from './csv-mapping'
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

/** A name as a filter's reference: its slug and itself. */
function namedRef(name: string | null): { id: string; name: string } | null {
  if (name === null) return null
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
  return { id: slug || `name-${rowId([name]).slice(0, 8)}`, name: name.trim() }
}

/** One CSV row as the API's call or text, read through the mapping. */
export function readCsvRow(
  row: readonly string[],
  context: CsvRowContext,
): CallWire | TextWire {
  const { columns, zone } = context.mapping
  // The file's own name for a field, so messages speak the file's language.
  const name = (field: CsvField) => {
    const index = columns[field]
    return index === undefined ? field : (context.header[index] ?? field)
  }
  const cell = (field: CsvField): string | undefined => {
    const index = columns[field]
    return index === undefined ? undefined : row[index]
  }
  const text = (field: CsvField) => optionalText(name(field), cell(field))
  const vendor = csvVendor(text('vendor')) ?? context.vendor
  if (vendor === null)
    throw new RowProblem(name('vendor'), `${name('vendor')} is missing`)
  const channel: Channel = context.kind === 'calls' ? 'call' : 'text'
  const time = optionalTime(name('time'), cell('time'), zone)
  if (time === null) throw new RowProblem(name('time'), `${name('time')} is missing`)
  const status = wireStatus(vendor, channel, requiredText(name('status'), cell('status')))
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
      segments: segmentCount(name('segments'), cell('segments')),
      status,
      trail,
    }
  }
  const duration = seconds(name('duration'), cell('duration'))
  const ring = seconds(name('ringTime'), cell('ringTime'))
  const talk = seconds(name('talkTime'), cell('talkTime'))
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
