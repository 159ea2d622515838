import type { TextWire } from '@/api/text-schema'
import { facetDim } from '../engine/log-store'
import { hashString } from '../random/random'
import { directionCode, importedDirections } from './imported-call-store'
import {
  contactPoolOf,
  facetCodes,
  Interner,
  labelRanks,
  outcomeValuesOf,
  sortedUnique,
  statusValue,
  vendorValuesOf,
  type StatusValue,
} from './imported-values'
import type { TextStore } from './text-store'

/** An imported text log served like the demo one (see the call log's). */
export function buildImportedTextStore(
  key: string,
  input: readonly TextWire[],
): TextStore {
  const { records, time } = sortedUnique(input, (text) => text.created_at)
  const size = records.length
  const statuses = new Interner<StatusValue>((value) => value.value)
  const contacts = new Interner<{ name: string | null; number: string }>(
    (contact) => `${contact.number}|${contact.name ?? ''}`,
  )
  const bodies = new Interner<string>((body) => body)
  const numbers = new Interner<string | null>((number) => number ?? '')
  const status = new Uint32Array(size)
  const direction = new Uint8Array(size)
  const segments = new Uint8Array(size)
  const contact = new Uint32Array(size)
  const body = new Uint32Array(size)
  const number = new Uint32Array(size)
  records.forEach((text, i) => {
    status[i] = statuses.code(statusValue(text.vendor, 'text', text.status))
    direction[i] = directionCode(text.direction)
    segments[i] = Math.min(text.segments, 255)
    contact[i] = contacts.code(text.contact)
    body[i] = bodies.code(text.body)
    // The business's side: the number the text went from, or came to.
    number[i] = numbers.code(text.direction === 'outbound' ? text.from : text.to)
  })

  const outcomes = outcomeValuesOf('text')
  const vendors = vendorValuesOf([...new Set(statuses.values.map((s) => s.vendor))])
  const codeOf = (list: { value: string }[], value: string) =>
    Math.max(
      0,
      list.findIndex((item) => item.value === value),
    )
  const statusFacet = facetCodes(
    status,
    statuses.values.map((s) => ({ value: s.value })),
  )
  const folded = (code: number) => statuses.values[code]
  const outcomeOfStatus = Uint8Array.from(statusFacet.values, (_, code) =>
    codeOf(outcomes, folded(code)?.outcome ?? 'unknown'),
  )
  const vendorOfStatus = Uint8Array.from(statusFacet.values, (_, code) =>
    codeOf(vendors, folded(code)?.vendor ?? ''),
  )
  const statusCodes = statusFacet.codes
  const ranks = labelRanks(statuses.values)
  const byId = new Map(records.map((text, i) => [text.id, i]))
  return {
    kind: 'texts',
    fingerprint: hashString(`imported-texts|${key}|${size}`),
    size,
    start: time[0] ?? 0,
    now: (time[size - 1] ?? 0) + 1,
    time,
    dims: [
      facetDim('status', statusCodes, statusFacet.values),
      facetDim(
        'outcome',
        Uint8Array.from(statusCodes, (c) => outcomeOfStatus[c] ?? 0),
        outcomes,
        outcomeOfStatus,
      ),
      facetDim(
        'vendor',
        Uint8Array.from(statusCodes, (c) => vendorOfStatus[c] ?? 0),
        vendors,
        vendorOfStatus,
      ),
      facetDim('direction', direction, importedDirections),
    ],
    sortKeys: { status: Uint16Array.from(status, (c) => ranks[c] ?? 0), segments },
    search: {
      contact,
      contacts: contactPoolOf(contacts.values),
      body,
      bodies: bodies.values,
      columns: [{ kind: 'number', codes: number, values: numbers.values }],
    },
    memo: new Map(),
    idOf: (index) => records[index]?.id ?? '',
    indexOf: (id) => byId.get(id) ?? null,
    liveIndices: [],
    segments,
    record: (index) => records[index] as TextWire,
  }
}
