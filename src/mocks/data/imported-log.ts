import type { LogKind } from '@/domain/log-query'
import { directions } from '@/domain/log-query'
import type { DimValue } from '../engine/log-store'
import { hashString } from '../random/random'
import type { ContactPool } from './contact-pool'
import { Interner } from './imported-values'

type Contact = { name: string | null; number: string }

/** Inbound, outbound, and "unknown" for a record that did not say. */
export const importedDirections: DimValue[] = [...directions, 'unknown'].map((value) => ({
  value,
}))

export const directionCode = (direction: string): number => {
  const code = (directions as readonly string[]).indexOf(direction)
  return code < 0 ? directions.length : code
}

/** The people of an imported log, each once, and the pool the search reads them from. */
export function importedContacts() {
  const interner = new Interner<Contact>(
    (contact) => `${contact.number}|${contact.name ?? ''}`,
  )
  const pool = (): ContactPool => ({
    size: interner.values.length,
    names: interner.values.map((contact) => contact.name),
    numbers: interner.values.map((contact) => contact.number),
    phones: new Uint8Array(interner.values.length).fill(1),
    slots: new Uint32Array(0),
  })
  return { code: (contact: Contact) => interner.code(contact), pool }
}

/** Records in time order, each id once (the last one read wins), with their times. */
export function sortedUnique<T extends { id: string }>(
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
 * once, the span they cover and how a record is found by id or index.
 */
export function importedLog<K extends LogKind, T extends { id: string }>(
  kind: K,
  key: string,
  input: readonly T[],
  instantOf: (record: T) => string,
) {
  const { records, time } = sortedUnique(input, instantOf)
  const size = records.length
  const byId = new Map(records.map((record, i) => [record.id, i]))
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
  }
}
