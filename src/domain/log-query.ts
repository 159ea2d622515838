import type { StatusKey } from './catalog/catalog'
import type { OutcomeGroup } from './outcomes'
import type { Vendor } from './vendors'

/** The two logs. */
export const logKinds = ['calls', 'texts'] as const
export type LogKind = (typeof logKinds)[number]

export const directions = ['inbound', 'outbound'] as const
export type Direction = (typeof directions)[number]

/** What a log can be sorted by, through the API. */
export const sortFields = {
  calls: ['time', 'duration', 'status'],
  texts: ['time', 'status', 'segments'],
} as const satisfies Record<LogKind, readonly string[]>

export type SortField<K extends LogKind = LogKind> = (typeof sortFields)[K][number]

export type Sort<K extends LogKind = LogKind> = { field: SortField<K>; desc: boolean }

/** Newest first, as every log opens. */
export const defaultSort: Sort = { field: 'time', desc: true }

/**
 * The filters shared by a log, its facets and its charts. Empty lists mean
 * "any"; `from`/`to` are ISO 8601 instants, `to` exclusive.
 */
export type LogFilters = {
  from?: string
  to?: string
  status: StatusKey[]
  outcome: OutcomeGroup[]
  vendor: Vendor[]
  direction: Direction[]
  q?: string
  /** Calls only: agent ids and source ids (slugs). */
  agent: string[]
  source: string[]
  /** Calls only: ids (slugs) of the broadcast campaigns a call belongs to. */
  campaign: string[]
}

export const emptyFilters: LogFilters = {
  status: [],
  outcome: [],
  vendor: [],
  direction: [],
  agent: [],
  source: [],
  campaign: [],
}

/** Everything the API needs to list a log: filters and order. */
export type LogQuery<K extends LogKind = LogKind> = {
  filters: LogFilters
  sort: Sort<K>
}

/** The facets the API counts for a log. */
export const facetNames = {
  calls: ['status', 'outcome', 'vendor', 'direction', 'agent', 'source', 'campaign'],
  texts: ['status', 'outcome', 'vendor', 'direction'],
} as const satisfies Record<LogKind, readonly (keyof LogFilters)[]>

export type FacetName = (typeof facetNames)[LogKind][number]

/** `-time` ⇄ { field: 'time', desc: true } */
export function formatSort(sort: Sort): string {
  return `${sort.desc ? '-' : ''}${sort.field}`
}

export function parseSort<K extends LogKind>(kind: K, text: string): Sort<K> | undefined {
  const desc = text.startsWith('-')
  const field = desc ? text.slice(1) : text
  return (sortFields[kind] as readonly string[]).includes(field)
    ? { field: field as SortField<K>, desc }
    : undefined
}
