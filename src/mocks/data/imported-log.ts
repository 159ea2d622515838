import type { LogKind } from '@/domain/log-query'
import { directions } from '@/domain/log-query'
import { facetDim, type DimValue, type SearchColumn } from '../engine/log-store'
import { hashString } from '../random/random'
import type { ContactPool } from './contact-pool'
import { importedStatusDims, Interner, type StatusedRecord } from './imported-values'

type Contact = { name: string | null; number: string }

/** Inbound, outbound, and "unknown" for a record that did not say. */
const importedDirections: DimValue[] = [...directions, 'unknown'].map((value) => ({
  value,
}))

const directionCode = (direction: string): number => {
  const code = (directions as readonly string[]).indexOf(direction)
  return code < 0 ? directions.length : code
}

/** The people of an imported log, each once: each record's code and the pool the search reads. */
function contactSearch(records: readonly { contact: Contact }[]) {
  const people = new Interner<Contact>(
    (contact) => `${contact.number}|${contact.name ?? ''}`,
  )
  const contact = Uint32Array.from(records, (record) => people.code(record.contact))
  const contacts: ContactPool = {
    size: people.values.length,
    names: people.values.map((person) => person.name),
    numbers: people.values.map((person) => person.number),
    phones: new Uint8Array(people.values.length).fill(1),
    slots: new Uint32Array(0),
  }
  return { contact, contacts }
}

/** Phone numbers the search finds records by; the columns of one log share one list. */
export function numberColumns() {
  const numbers = new Interner<string | null>((number) => number ?? '')
  return <T>(records: readonly T[], numberOf: (record: T) => string | null) =>
    ({
      kind: 'number',
      codes: Uint32Array.from(records, (record) => numbers.code(numberOf(record))),
      values: numbers.values,
    }) satisfies SearchColumn
}

/** Records in time order, each id once (the last one read wins), with their times. */
function sortedUnique<T extends { id: string }>(
  records: readonly T[],
  instantOf: (record: T) => string,
): { records: T[]; time: Float64Array } {
  const byId = new Map<string, T>()
  for (const record of records) byId.set(record.id, record)
  const unique = [...byId.values()]
  const times = Float64Array.from(unique, (record) => Date.parse(instantOf(record)))
  const order = Uint32Array.from(unique.keys()).sort(
    (a, b) => (times[a] as number) - (times[b] as number),
  )
  return {
    records: Array.from(order, (i) => unique[i] as T),
    time: Float64Array.from(order, (i) => times[i] as number),
  }
}

/**
 * What every imported log holds alike: its records in time order, each id
 * once, the span they cover, how a record is found by id or index, the
 * facets both kinds have and the people for the search.
 */
export function importedLog<
  K extends LogKind,
  T extends StatusedRecord & { id: string; contact: Contact; direction: string },
>(kind: K, key: string, input: readonly T[], instantOf: (record: T) => string) {
  const { records, time } = sortedUnique(input, instantOf)
  const size = records.length
  const byId = new Map(records.map((record, i) => [record.id, i]))
  const status = importedStatusDims(kind, records)
  const direction = Uint8Array.from(records, (record) => directionCode(record.direction))
  return {
    kind,
    fingerprint: hashString(`imported-${kind}|${key}|${size}`),
    size,
    start: time[0] ?? 0,
    now: (time[size - 1] ?? 0) + 1,
    time,
    memo: new Map<string, unknown>(),
    idOf: (index: number) => records[index]?.id ?? '',
    indexOf: (id: string) => byId.get(id) ?? null,
    record: (index: number) => records[index] as T,
    records,
    /** Status, outcome, vendor and direction: the facets every log has. */
    dims: [...status.dims, facetDim('direction', direction, importedDirections)],
    statusRank: status.rank,
    contactSearch: contactSearch(records),
  }
}
