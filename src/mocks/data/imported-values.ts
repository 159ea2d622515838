import { getStatus } from '@/domain/catalog/catalog'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import { vendors, type Channel } from '@/domain/vendors'
import type { WireStatus } from '@/api/wire-status'
import { facetDim, type DimValue, type FacetDim } from '../engine/log-store'
import { outcomeValues } from './log-values'

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

function statusValue(vendor: string, channel: Channel, status: WireStatus): StatusValue {
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

/** The catalog's vendors, then any other the records name. */
function vendorValuesOf(present: readonly string[]): DimValue[] {
  const others = present.filter(
    (vendor) => !(vendors as readonly string[]).includes(vendor),
  )
  return [...vendors, ...others].map((vendor) => ({ value: vendor }))
}

/** Sorting by status sorts by its label, A to Z: a rank per status code. */
function labelRanks(values: readonly StatusValue[]): Uint16Array {
  const order = values
    .map((value, code) => ({ code, label: value.label.toLowerCase(), key: value.value }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key))
  const ranks = new Uint16Array(values.length)
  order.forEach((item, rank) => (ranks[item.code] = rank))
  return ranks
}

/** What the status facets read of a record. */
export type StatusedRecord = { vendor: string; status: WireStatus }

/** A value's code in a list of facet values (the first one when it is not there). */
const codeIn = (list: readonly DimValue[], value: string) =>
  Math.max(
    0,
    list.findIndex((item) => item.value === value),
  )

/**
 * The status facet of imported records and the two that follow from it
 * (outcome and vendor, a code per status code), with the status sort key.
 */
export function importedStatusDims(
  kind: LogKind,
  records: readonly StatusedRecord[],
): { dims: FacetDim[]; rank: Uint16Array } {
  const channel = logKindInfo[kind].channel
  const statuses = new Interner<StatusValue>((value) => value.value)
  const status = Uint32Array.from(records, (record) =>
    statuses.code(statusValue(record.vendor, channel, record.status)),
  )
  const outcomes = outcomeValues(channel)
  const vendorList = vendorValuesOf([...new Set(statuses.values.map((s) => s.vendor))])
  const facet = facetCodes(
    status,
    statuses.values.map((s) => ({ value: s.value })),
  )
  const byStatus = (list: readonly DimValue[], valueOf: (s: StatusValue) => string) =>
    // Every facet code is a status code (the "Other" one is the first folded status).
    Uint8Array.from(facet.values, (_, code) =>
      codeIn(list, valueOf(statuses.values[code] as StatusValue)),
    )
  const outcomeOfStatus = byStatus(outcomes, (s) => s.outcome)
  const vendorOfStatus = byStatus(vendorList, (s) => s.vendor)
  const follow = (codes: Uint8Array) =>
    Uint8Array.from(facet.codes, (code) => codes[code] ?? 0)
  const ranks = labelRanks(statuses.values)
  return {
    dims: [
      facetDim('status', facet.codes, facet.values),
      facetDim('outcome', follow(outcomeOfStatus), outcomes, outcomeOfStatus),
      facetDim('vendor', follow(vendorOfStatus), vendorList, vendorOfStatus),
    ],
    rank: Uint16Array.from(status, (code) => ranks[code] ?? 0),
  }
}
