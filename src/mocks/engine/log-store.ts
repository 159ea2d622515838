import type { FacetName, LogKind, SortField } from '@/domain/log-query'
import type { ContactPool } from '../data/contact-pool'

export type DimValue = { value: string; label?: string }

/** One facet of a log: each record's value as a small integer, and what it means. */
export type FacetDim = {
  name: FacetName
  codes: Uint8Array
  values: readonly DimValue[]
  /** How many records of the whole log hold each value. */
  totals: Uint32Array
  /** For a facet that follows from the status (outcome, vendor): its code per status code. */
  byStatus?: Uint8Array
}

/** More values a record is found by: each record's code into a short list. */
export type SearchColumn = {
  /** Numbers match by their digits, names by their text. */
  kind: 'number' | 'text'
  codes: ArrayLike<number>
  values: readonly (string | null)[]
}

/** Where free text is looked for: pools matched first, then records by pool index. */
export type SearchFields = {
  contact: Uint32Array
  contacts: ContactPool
  body?: Uint32Array
  bodies?: readonly string[]
  /** Tracking and receiving numbers, From/To, agents, sources. */
  columns?: readonly SearchColumn[]
  /** Which of its contact's numbers a call rang (0: the main one; 1, 2: others; 255: none). */
  rang?: Uint8Array
}

/**
 * A log held column by column in typed arrays, records in time order (so
 * the index is the time order), with what the query engine needs to filter,
 * count, sort and page without touching a record object.
 */
export type LogStore = {
  kind: LogKind
  /** Differs between data sets: a cursor from another one is refused. */
  fingerprint: number
  size: number
  /** The span the data covers: [start, now). A live log's `now` moves on. */
  start: number
  now: number
  time: Float64Array
  /** In the order of facetNames[kind]. */
  dims: readonly FacetDim[]
  /** Each sort field's key per record; time needs none (it is the index order). */
  sortKeys: Partial<Record<SortField, ArrayLike<number>>>
  search: SearchFields
  /** Orders and folded search text, built once on first use. */
  memo: Map<string, unknown>
  idOf: (index: number) => string
  indexOf: (id: string) => number | null
  /** A log whose clock runs on (see live-store.ts); absent: `now` never moves. */
  live?: LiveLog
}

/** What a log needs for its clock to move: each record written again as of a later instant. */
export type LiveLog = {
  /** Writes record i's columns as it stands at `at`; true while it is still under way. */
  settle: (index: number, at: number) => boolean
  /** Records under way at `now`, to write again when it moves. */
  unsettled: number[]
}

/** A value memoised on the store, computed on first use. */
export function memo<T>(store: LogStore, key: string, compute: () => T): T {
  if (store.memo.has(key)) return store.memo.get(key) as T
  const value = compute()
  store.memo.set(key, value)
  return value
}

export function facetDim(
  name: FacetName,
  codes: Uint8Array,
  values: readonly DimValue[],
  byStatus?: Uint8Array,
): FacetDim {
  const totals = new Uint32Array(values.length)
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number
    totals[code] = (totals[code] ?? 0) + 1
  }
  return byStatus
    ? { name, codes, values, totals, byStatus }
    : { name, codes, values, totals }
}
