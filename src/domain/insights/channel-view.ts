import { getStatus } from '../catalog/catalog'
import { catalogSections } from '../catalog/sections'
import type { LogKind } from '../log-query'
import type { ListParam, LogSearch } from '../log-search'
import { outcomeGroupsFor } from '../outcomes'
import type { Channel, Vendor } from '../vendors'

export const channelOf: Record<LogKind, Channel> = { calls: 'call', texts: 'text' }

/** One log's share of a page that shows both (Insights): what its API and log accept. */
export type ChannelView = {
  kind: LogKind
  /** The filters this log accepts; the time range, search text and zone carry over whole. */
  search: LogSearch
  /** Filters set only to values of the other channel: nothing in this log can match. */
  excludedBy: ListParam[]
  /** Filters this log does not have (agent and source on texts): not applied to it. */
  notApplied: ListParam[]
}

const vendorsOf = (channel: Channel): Set<Vendor> =>
  new Set(catalogSections.filter((s) => s.channel === channel).map((s) => s.vendor))

/** Which values of each list filter belong to a channel. */
function belongs(
  channel: Channel,
): Record<ListParam, ((value: string) => boolean) | null> {
  const outcomes = new Set<string>(outcomeGroupsFor(channel))
  const vendors = vendorsOf(channel)
  const callsOnly = channel === 'call' ? () => true : null
  return {
    status: (value) => getStatus(value)?.channel === channel,
    outcome: (value) => outcomes.has(value),
    vendor: (value) => vendors.has(value as Vendor),
    direction: () => true,
    agent: callsOnly,
    source: callsOnly,
    campaign: callsOnly,
  }
}

/**
 * Splits a page's filters for one log. The API refuses values of the other
 * channel (a text status on /calls/stats, Messenger on texts), so each log
 * gets only its own; a filter left with no value of its own means nothing in
 * that log can match, which the page says instead of asking.
 */
export function channelView(search: LogSearch, kind: LogKind): ChannelView {
  const rules = belongs(channelOf[kind])
  const { range, from, to, q, tz } = search
  const view: LogSearch = {}
  if (range !== undefined) view.range = range
  if (from !== undefined) view.from = from
  if (to !== undefined) view.to = to
  if (q !== undefined && q !== '') view.q = q
  // The zone is not a filter: each log's buckets and days are read in it.
  if (tz !== undefined) view.tz = tz
  const excludedBy: ListParam[] = []
  const notApplied: ListParam[] = []
  for (const [param, rule] of Object.entries(rules) as [
    ListParam,
    typeof rules.status,
  ][]) {
    const values: readonly string[] = search[param] ?? []
    if (values.length === 0) continue
    if (rule === null) {
      notApplied.push(param)
      continue
    }
    const kept = values.filter(rule)
    if (kept.length === 0) excludedBy.push(param)
    else (view as Record<string, string[]>)[param] = kept
  }
  return { kind, search: view, excludedBy, notApplied }
}
