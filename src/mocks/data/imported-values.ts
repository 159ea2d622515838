import { getStatus } from '@/domain/catalog/catalog'
import { outcomeGroupsFor } from '@/domain/outcomes'
import { vendors, type Channel } from '@/domain/vendors'
import type { WireStatus } from '@/api/wire-status'
import type { DimValue } from '../engine/log-store'
import type { ContactPool } from './contact-pool'

/** Facets hold a value code per record in a byte: past this many values, the rest are "Other". */
const maxFacetValues = 255

/** Distinct values in the order first met, each given a small code. */
export class Interner<T> {
  readonly values: T[] = []
  private readonly codes = new Map<string, number>()

  constructor(private readonly keyOf: (value: T) => string) {}

  code(value: T): number {
    const key = this.keyOf(value)
    let code = this.codes.get(key)
    if (code === undefined) {
      code = this.values.length
      this.codes.set(key, code)
      this.values.push(value)
    }
    return code
  }
}

/** A facet's codes, with every value past the byte's room folded into one "Other". */
export function facetCodes(codes: Uint32Array, values: DimValue[]) {
  if (values.length <= maxFacetValues) return { codes: Uint8Array.from(codes), values }
  const kept = values.slice(0, maxFacetValues - 1)
  kept.push({ value: 'other', label: 'Other' })
  const other = maxFacetValues - 1
  return {
    codes: Uint8Array.from(codes, (code) => Math.min(code, other)),
    values: kept,
  }
}

/**
 * A status as a facet value: its catalog key when known; otherwise the
 * vendor and the code as sent, so each unknown one is counted apart (shown
 * "Not in the catalog" by the page, which resolves the record's own status).
 */
export type StatusValue = {
  value: string
  label: string
  outcome: string
  vendor: string
}

export function statusValue(vendor: string, channel: Channel, status: WireStatus) {
  const known = status.key === null ? undefined : getStatus(status.key)
  if (known && known.vendor === vendor && known.channel === channel) {
    return {
      value: known.key,
      label: known.label,
      outcome: known.outcome ?? 'unknown',
      vendor,
    }
  }
  return {
    value: `${vendor}:${status.code}`,
    label: status.code,
    outcome: 'unknown',
    vendor,
  }
}

/** Outcome groups of the channel, as the demo logs list them. */
export const outcomeValuesOf = (channel: Channel): DimValue[] =>
  outcomeGroupsFor(channel).map((group) => ({ value: group }))

/** The catalog's vendors, then any other the records name. */
export function vendorValuesOf(present: readonly string[]): DimValue[] {
  const others = present.filter(
    (vendor) => !(vendors as readonly string[]).includes(vendor),
  )
  return [...vendors, ...others].map((vendor) => ({ value: vendor }))
}

/** Sorting by status sorts by its label, A to Z: a rank per status code. */
export function labelRanks(values: readonly StatusValue[]): Uint16Array {
  const order = values
    .map((value, code) => ({ code, label: value.label.toLowerCase(), key: value.value }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key))
  const ranks = new Uint16Array(values.length)
  order.forEach((item, rank) => (ranks[item.code] = rank))
  return ranks
}

/** The people of an imported log, one number each. */
export function contactPoolOf(
  contacts: readonly { name: string | null; number: string }[],
): ContactPool {
  return {
    size: contacts.length,
    names: contacts.map((contact) => contact.name),
    numbers: contacts.map((contact) => contact.number),
    phones: new Uint8Array(contacts.length).fill(1),
    slots: new Uint32Array(0),
  }
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
