/**
 * The query engine's spec, written the plain way: filter an array of whole
 * records, sort it with a comparator, count facets by filtering again. Slow
 * and obviously right, to test the fast engine against.
 */
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { getStatus } from '@/domain/catalog/catalog'
import { facetNames, type FacetName, type LogKind, type Sort } from '@/domain/log-query'
import type { FilterRequest } from '@/mocks/engine/log-request'

export type Row = { index: number; wire: CallWire | TextWire }

const timeOf = (wire: CallWire | TextWire) =>
  Date.parse('started_at' in wire ? wire.started_at : wire.created_at)

export function facetValue(wire: CallWire | TextWire, name: FacetName): string {
  switch (name) {
    case 'status':
      return wire.status.key ?? ''
    case 'outcome':
      return getStatus(wire.status.key ?? '')?.outcome ?? 'unknown'
    case 'vendor':
      return wire.vendor
    case 'direction':
      return wire.direction
    case 'agent':
      return 'agent' in wire ? (wire.agent?.id ?? 'none') : ''
    case 'source':
      return 'source' in wire ? (wire.source?.id ?? 'none') : ''
    case 'campaign':
      return 'campaign' in wire ? (wire.campaign_id ?? 'none') : ''
  }
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

/** The record's numbers: contact, tracking and receiving (calls), From and To (texts). */
const numbersOf = (wire: CallWire | TextWire): string[] =>
  'body' in wire
    ? [wire.contact.number, wire.from, wire.to]
    : [wire.contact.number, wire.tracking_number ?? '', wire.receiving_number ?? '']

/** Names and words: contact, body, agent and source. */
const wordsOf = (wire: CallWire | TextWire): string[] =>
  'body' in wire
    ? [wire.contact.name ?? '', wire.body]
    : [wire.contact.name ?? '', wire.agent?.name ?? '', wire.source?.name ?? '']

function matchesNumber(q: string, number: string): boolean {
  if (!/^[\d\s().+\-/]+$/.test(q)) return false
  const digits = q.replace(/\D/g, '')
  const own = number.replace(/\D/g, '')
  // An international prefix anchors to the number's start: "+44" is a country.
  if (q.trim().startsWith('+')) return digits.length > 0 && own.startsWith(digits)
  if (digits.startsWith('00')) return digits.length > 2 && own.startsWith(digits.slice(2))
  if (digits.length < 3) return false
  if (digits.startsWith('0') && own.includes(digits.slice(1))) return true
  return own.includes(digits)
}

function matchesText(wire: CallWire | TextWire, q: string): boolean {
  const needle = fold(q)
  if (needle !== '' && wordsOf(wire).some((word) => fold(word).includes(needle)))
    return true
  if (q.trim() === wire.id) return true
  return numbersOf(wire).some((number) => number !== '' && matchesNumber(q, number))
}

export function referenceFilter(
  rows: readonly Row[],
  request: FilterRequest,
  except?: FacetName,
): Row[] {
  return rows.filter(({ wire }) => {
    const time = timeOf(wire)
    if (request.from !== null && time < request.from) return false
    if (request.to !== null && time >= request.to) return false
    if (request.q !== null && !matchesText(wire, request.q)) return false
    return request.facets.every(
      (facet) =>
        facet.name === except || facet.values.includes(facetValue(wire, facet.name)),
    )
  })
}

const statusLabel = (wire: CallWire | TextWire) =>
  getStatus(wire.status.key ?? '')?.label ?? ''

/** By the field, ties newest first; time ties by id (index) in the same direction. */
export function referenceSort(rows: readonly Row[], sort: Sort): Row[] {
  const byValue = (a: Row, b: Row): number => {
    switch (sort.field) {
      case 'duration':
        return (a.wire as CallWire).duration - (b.wire as CallWire).duration
      case 'segments':
        return (a.wire as TextWire).segments - (b.wire as TextWire).segments
      case 'status': {
        const [x, y] = [
          statusLabel(a.wire).toLowerCase(),
          statusLabel(b.wire).toLowerCase(),
        ]
        if (x !== y) return x < y ? -1 : 1
        const [k, l] = [a.wire.status.key ?? '', b.wire.status.key ?? '']
        return k < l ? -1 : k > l ? 1 : 0
      }
      default:
        return 0
    }
  }
  return [...rows].sort((a, b) => {
    if (sort.field === 'time') return sort.desc ? b.index - a.index : a.index - b.index
    const value = byValue(a, b)
    if (value !== 0) return sort.desc ? -value : value
    return b.index - a.index
  })
}

/** Each facet counted over the records that pass every other filter. */
export function referenceFacets(
  kind: LogKind,
  rows: readonly Row[],
  request: FilterRequest,
): Record<string, Map<string, number>> {
  const facets: Record<string, Map<string, number>> = {}
  for (const name of facetNames[kind]) {
    const counts = new Map<string, number>()
    for (const { wire } of rows) counts.set(facetValue(wire, name), 0)
    for (const { wire } of referenceFilter(rows, request, name)) {
      const value = facetValue(wire, name)
      counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    facets[name] = counts
  }
  return facets
}
