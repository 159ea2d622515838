import { getStatus, isStatusKey } from '@/domain/catalog/catalog'
import { hasFacet, logKindInfo } from '@/domain/log-kind'
import { directions, type FacetName, type LogKind } from '@/domain/log-query'
import { isVendor, vendors } from '@/domain/vendors'
import { recordStatuses } from '../data/log-values'
import { InvalidParam } from '../engine/invalid-param'
import type { FilterRequest } from '../engine/log-request'
import { parseInstant } from './parse-instant'

const maxValues = 200
const maxQueryLength = 200
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const idFacets = ['agent', 'source', 'campaign'] as const satisfies readonly FacetName[]

/** How a value is quoted back in a message: short, and visibly a value. */
export const quote = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value)

/** A list parameter: comma-separated, repeatable, blanks ignored. */
export function listParam(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '')
  if (values.length > maxValues) {
    throw new InvalidParam(
      name,
      `${name} takes at most ${maxValues} values; got ${values.length}.`,
    )
  }
  return values
}

function instantParam(params: URLSearchParams, name: 'from' | 'to'): number | null {
  const text = params.get(name)?.trim()
  if (!text) return null
  const time = parseInstant(text)
  if (time === null) {
    throw new InvalidParam(
      name,
      `${name} must be an ISO 8601 date-time with a time zone, such as 2026-03-01T09:00:00Z, or a date such as 2026-03-01; got ${quote(text)}.`,
    )
  }
  return time
}

function checkEach(
  name: string,
  values: string[],
  problem: (value: string) => string | null,
) {
  for (const value of values) {
    const detail = problem(value)
    if (detail !== null) throw new InvalidParam(name, detail)
  }
}

/** The filters every log endpoint shares, checked; unknown parameters are ignored. */
export function parseFilters(kind: LogKind, params: URLSearchParams): FilterRequest {
  const from = instantParam(params, 'from')
  const to = instantParam(params, 'to')
  if (from !== null && to !== null && from > to) {
    throw new InvalidParam(
      'from',
      `from (${new Date(from).toISOString()}) is after to (${new Date(to).toISOString()}).`,
    )
  }
  const { channel } = logKindInfo[kind]
  const statusKeys = new Set(recordStatuses(channel).map((entry) => entry.key))
  const outcomes: readonly string[] = logKindInfo[kind].outcomes
  const facets: FilterRequest['facets'] = []
  const add = (name: FacetName, values: string[]) => {
    if (values.length > 0) facets.push({ name, values })
  }

  const status = listParam(params, 'status')
  checkEach('status', status, (value) => {
    if (!isStatusKey(value)) {
      return `Unknown status key ${quote(value)}: use catalog keys such as "ctm.call.answered" or "ctm.text.delivered".`
    }
    if (statusKeys.has(value)) return null
    const entry = getStatus(value)
    return entry.channel !== channel
      ? `${quote(value)} is a ${entry.channel} status, not one of ${kind}.`
      : `${quote(value)} is a ${entry.kind === 'flag' ? 'flag' : 'result code'}, never a record's status.`
  })
  add('status', status)

  const outcome = listParam(params, 'outcome')
  checkEach('outcome', outcome, (value) =>
    outcomes.includes(value)
      ? null
      : `Unknown outcome ${quote(value)} for ${kind}; expected one of ${outcomes.join(', ')}.`,
  )
  add('outcome', outcome)

  const vendor = listParam(params, 'vendor')
  checkEach('vendor', vendor, (value) =>
    isVendor(value)
      ? null
      : `Unknown vendor ${quote(value)}; expected one of ${vendors.join(', ')}.`,
  )
  add('vendor', vendor)

  const direction = listParam(params, 'direction')
  checkEach('direction', direction, (value) =>
    (directions as readonly string[]).includes(value)
      ? null
      : `Unknown direction ${quote(value)}; expected inbound or outbound.`,
  )
  add('direction', direction)

  // Facets by id (agents, sources, campaigns), where the kind has them.
  for (const name of idFacets.filter((facet) => hasFacet(kind, facet))) {
    const ids = listParam(params, name)
    checkEach(name, ids, (value) =>
      slug.test(value) && value.length <= 64
        ? null
        : `${name} takes ids such as "ana-ruiz" or "google-ads" (lowercase letters, digits and hyphens); got ${quote(value)}.`,
    )
    add(name, ids)
  }

  const q = params.get('q')?.trim() ?? ''
  if (q.length > maxQueryLength) {
    throw new InvalidParam(
      'q',
      `q is at most ${maxQueryLength} characters long; got ${q.length}.`,
    )
  }
  return { from, to, facets, q: q === '' ? null : q }
}
