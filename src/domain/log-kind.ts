import { statusesFor, type KnownStatus } from './catalog/catalog'
import {
  facetNames,
  sortFields,
  type FacetName,
  type LogKind,
  type Sort,
} from './log-query'
import { outcomeGroupsFor, type OutcomeGroup } from './outcomes'
import type { Channel } from './vendors'

/** How a kind of record is named: "1 call", "3 calls". */
export type Noun = { one: string; many: string }

/**
 * One kind of log, described once: its words, its facets, its order and the
 * statuses that apply. Columns, filter bars, Insights, CSV export and the
 * detail panel read this; a new kind is a new entry plus what is truly new.
 */
export type LogKindInfo = {
  kind: LogKind
  /** The catalog channel its statuses belong to. */
  channel: Channel
  noun: Noun
  /** "Calls": a heading for the kind's share of a page. */
  title: string
  /** "Call": what one record is called at the start of a sentence. */
  record: string
  /** The log's page name: "Activity Log". */
  log: string
  /** One line under the log's page title. */
  description: string
  /** The filters its API counts and accepts, in the order the filter bar shows them. */
  facets: readonly FacetName[]
  sortFields: readonly string[]
  defaultSort: Sort
  /** The outcome groups its statuses fall into. */
  outcomes: readonly OutcomeGroup[]
}

const newestFirst: Sort = { field: 'time', desc: true }

export const logKindInfo: Record<LogKind, LogKindInfo> = {
  calls: {
    kind: 'calls',
    channel: 'call',
    noun: { one: 'call', many: 'calls' },
    title: 'Calls',
    record: 'Call',
    log: 'Activity Log',
    description: 'Calls from every vendor, with each step of their Metrics.',
    facets: facetNames.calls,
    sortFields: sortFields.calls,
    defaultSort: newestFirst,
    outcomes: outcomeGroupsFor('call'),
  },
  texts: {
    kind: 'texts',
    channel: 'text',
    noun: { one: 'text', many: 'texts' },
    title: 'Texts',
    record: 'Text',
    log: 'Text Log',
    description: 'Text messages sent and received, with each step of their delivery.',
    facets: facetNames.texts,
    sortFields: sortFields.texts,
    defaultSort: newestFirst,
    outcomes: outcomeGroupsFor('text'),
  },
}

/** The catalog entries a kind's records can carry, in catalog order. */
export const statusesOfKind = (kind: LogKind): KnownStatus[] =>
  statusesFor({ channel: logKindInfo[kind].channel })

/** Whether a kind's API accepts a facet (agent, source and campaign are calls only). */
export const hasFacet = (kind: LogKind, facet: FacetName): boolean =>
  (logKindInfo[kind].facets as readonly string[]).includes(facet)

/** The other log, for pages that show both. */
export const otherKind = (kind: LogKind): LogKind =>
  kind === 'calls' ? 'texts' : 'calls'
