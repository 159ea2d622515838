import { getStatus } from './catalog/catalog'
import { directions, parseSort, type LogKind } from './log-query'
import { listParams, rangePresets, type LogSearch, type RangePreset } from './log-search'
import { outcomeGroupsFor, type OutcomeGroup } from './outcomes'
import { readZoneChoice } from './time-zone'
import { vendors, type Channel, type Vendor } from './vendors'

/** Which page the URL belongs to: a log, or Insights (both channels, no sort or record). */
export type SearchScope = LogKind | 'insights'

/** A URL parameter that made no sense and was left out, with the reason in words. */
export type DroppedParam = { param: string; value: string; reason: string }

const scopeChannels: Record<SearchScope, readonly Channel[]> = {
  calls: ['call'],
  texts: ['text'],
  insights: ['call', 'text'],
}

/** Vendors with statuses in each channel: texts come from CTM and Twilio. */
const channelVendors: Record<Channel, readonly Vendor[]> = {
  call: vendors,
  text: ['ctm', 'twilio'],
  campaign: ['routee'],
}

const maxQueryLength = 200
const maxListLength = 100
const slug = /^[a-z0-9][a-z0-9-]{0,63}$/
const recordId = /^[\w-]{1,64}$/
const isoInstant =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/

function parseInstant(value: string): number | undefined {
  if (!isoInstant.test(value)) return undefined
  const time = Date.parse(value)
  if (Number.isNaN(time)) return undefined
  const year = new Date(time).getUTCFullYear()
  return year >= 2000 && year <= 2100 ? time : undefined
}

type ListRule = (value: string) => string | undefined

function listRules(
  scope: SearchScope,
): Record<(typeof listParams)[number], ListRule | null> {
  const channels = scopeChannels[scope]
  const outcomes = new Set<OutcomeGroup>(
    channels.flatMap((channel) => outcomeGroupsFor(channel)),
  )
  const scopeVendors = new Set<Vendor>(
    channels.flatMap((channel) => channelVendors[channel]),
  )
  const hasCalls = channels.includes('call')
  return {
    status: (value) => {
      const entry = getStatus(value)
      if (!entry) return 'not a status in the catalog'
      return channels.includes(entry.channel)
        ? undefined
        : `not a ${channels.join(' or ')} status`
    },
    outcome: (value) =>
      outcomes.has(value as OutcomeGroup) ? undefined : 'not an outcome group here',
    vendor: (value) =>
      scopeVendors.has(value as Vendor) ? undefined : 'not a vendor here',
    direction: (value) =>
      (directions as readonly string[]).includes(value) ? undefined : 'not a direction',
    agent: hasCalls
      ? (value) => (slug.test(value) ? undefined : 'not an agent id')
      : null,
    source: hasCalls
      ? (value) => (slug.test(value) ? undefined : 'not a source id')
      : null,
    campaign: hasCalls
      ? (value) => (slug.test(value) ? undefined : 'not a campaign id')
      : null,
  }
}

/**
 * A parameter as text. Lists already decoded (the router re-validates what a
 * navigation builds) are joined back, so decoding twice changes nothing.
 */
const asText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number'
      ? String(value)
      : Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? value.join(',')
        : undefined

/**
 * Reads a page's URL parameters into a view, keeping what makes sense and
 * listing what does not (unknown names, unknown statuses, bad dates, `from`
 * after `to`…), so the page can say so instead of failing.
 */
export function decodeLogSearch(
  scope: SearchScope,
  raw: Record<string, unknown>,
): { search: LogSearch; dropped: DroppedParam[] } {
  const search: LogSearch = {}
  const dropped: DroppedParam[] = []
  const drop = (param: string, value: string, reason: string) =>
    dropped.push({ param, value, reason })
  const rules = listRules(scope)
  const known = new Set<string>(['range', 'from', 'to', 'q', 'tz', ...listParams])
  if (scope !== 'insights') ['sort', 'id'].forEach((name) => known.add(name))

  for (const [param, value] of Object.entries(raw)) {
    if (value === undefined) continue
    const text = asText(value)
    if (!known.has(param)) {
      drop(param, text ?? '', 'not a setting this page has')
    } else if (text === undefined) {
      drop(param, '', 'not readable')
    }
  }
  const read = (param: string) => (known.has(param) ? asText(raw[param]) : undefined)

  for (const param of listParams) {
    const text = read(param)
    const rule = rules[param]
    if (text === undefined) continue
    if (!rule) {
      drop(param, text, 'not a setting this page has')
      continue
    }
    const values = [
      ...new Set(
        text
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ]
    const kept: string[] = []
    for (const value of values) {
      const reason = kept.length >= maxListLength ? 'too many values' : rule(value)
      if (reason) drop(param, value, reason)
      else kept.push(value)
    }
    if (kept.length > 0) (search as Record<string, string[]>)[param] = kept
  }

  const range = read('range')
  if (range !== undefined) {
    if ((rangePresets as readonly string[]).includes(range))
      search.range = range as RangePreset
    else drop('range', range, 'not a time range preset')
  }
  const from = read('from')
  const to = read('to')
  const fromTime = from === undefined ? undefined : parseInstant(from)
  const toTime = to === undefined ? undefined : parseInstant(to)
  if (from !== undefined && fromTime === undefined) drop('from', from, 'not a date')
  if (to !== undefined && toTime === undefined) drop('to', to, 'not a date')
  if (fromTime !== undefined && toTime !== undefined && fromTime >= toTime) {
    drop('from', from ?? '', '“from” is not before “to”')
    drop('to', to ?? '', '“from” is not before “to”')
  } else {
    if (fromTime !== undefined) search.from = from
    if (toTime !== undefined) search.to = to
  }
  if (search.range && (search.from || search.to)) {
    drop('range', search.range, 'a custom from/to range is set')
    delete search.range
  }

  const q = read('q')?.trim()
  if (q) {
    if (q.length > maxQueryLength)
      drop('q', q, `longer than ${maxQueryLength} characters`)
    else search.q = q
  }

  const tz = read('tz')
  if (tz !== undefined) {
    const choice = readZoneChoice(tz)
    if (choice) search.tz = choice
    else
      drop(
        'tz',
        tz,
        'not a time zone (local, utc, account or a name like America/Chicago)',
      )
  }

  if (scope !== 'insights') {
    const sort = read('sort')
    if (sort !== undefined) {
      if (parseSort(scope, sort)) search.sort = sort
      else drop('sort', sort, 'not a column this log can sort by')
    }
    const id = read('id')
    if (id !== undefined) {
      if (recordId.test(id)) search.id = id
      else drop('id', id, 'not a record id')
    }
  }
  return { search, dropped }
}

/** A parameter's value as the URL writes it: lists comma-separated; '' for none. */
export const paramText = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(String).join(',')
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : ''

/**
 * The parameters a page writes into its URL, unset and empty ones left out.
 * The app's one URL writer (the router's stringifySearch) goes through it.
 * Order is the caller's: a view comes in logSearchKeys order (pickLogSearch),
 * other pages' parameters as they keep them.
 */
export function encodeLogSearch(search: Record<string, unknown>): [string, string][] {
  return Object.entries(search)
    .map(([name, value]): [string, string] => [name, paramText(value)])
    .filter(([, text]) => text !== '')
}
