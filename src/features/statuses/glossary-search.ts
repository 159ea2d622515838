import type { DroppedParam } from '@/domain/log-search-codec'
import { isOutcomeGroup, outcomeGroups, type OutcomeGroup } from '@/domain/outcomes'
import { isVendor, vendors, type Vendor } from '@/domain/vendors'

/** The glossary's state as it sits in the URL: `?q=busy&vendor=ctm,routee&outcome=failed`. */
export type GlossarySearch = { q?: string; vendor?: string; outcome?: string }

export type GlossaryFilters = {
  query: string
  vendors: Vendor[]
  outcomes: OutcomeGroup[]
}

export const maxQueryLength = 200

const params = ['q', 'vendor', 'outcome'] as const

/** Known values only, once each, in their canonical order; the rest reported. */
function list<T extends string>(
  param: string,
  raw: unknown,
  all: readonly T[],
  is: (value: string) => value is T,
  reason: string,
  dropped: DroppedParam[],
): T[] {
  const tokens =
    typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw.map(String) : []
  const chosen = new Set<T>()
  for (const token of tokens.map((t) => t.trim()).filter(Boolean)) {
    if (is(token)) chosen.add(token)
    else dropped.push({ param, value: token, reason })
  }
  return all.filter((value) => chosen.has(value))
}

function text(raw: unknown, dropped: DroppedParam[]): string {
  // The router turns a query such as "404" into a number on the way in.
  const value =
    typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
      ? String(raw)
      : ''
  if (value.length > maxQueryLength)
    dropped.push({
      param: 'q',
      value,
      reason: `longer than ${maxQueryLength} characters; the rest was cut`,
    })
  return value.slice(0, maxQueryLength)
}

/** The glossary's filters from the URL, and what in it was ignored and why. */
export function readGlossarySearch(raw: Record<string, unknown>): {
  filters: GlossaryFilters
  dropped: DroppedParam[]
} {
  const dropped: DroppedParam[] = []
  for (const [param, value] of Object.entries(raw)) {
    if (value !== undefined && !(params as readonly string[]).includes(param))
      dropped.push({
        param,
        value: typeof value === 'string' ? value : '',
        reason: 'not a setting this page has',
      })
  }
  const filters = {
    query: text(raw.q, dropped),
    vendors: list('vendor', raw.vendor, vendors, isVendor, 'not a vendor', dropped),
    outcomes: list(
      'outcome',
      raw.outcome,
      outcomeGroups,
      isOutcomeGroup,
      'not an outcome group',
      dropped,
    ),
  }
  return { filters, dropped }
}

export function decodeGlossarySearch(raw: Record<string, unknown>): GlossaryFilters {
  return readGlossarySearch(raw).filters
}

export function encodeGlossaryFilters(filters: GlossaryFilters): GlossarySearch {
  const search: GlossarySearch = {}
  if (filters.query !== '') search.q = filters.query
  if (filters.vendors.length > 0) search.vendor = filters.vendors.join(',')
  if (filters.outcomes.length > 0) search.outcome = filters.outcomes.join(',')
  return search
}

/** The route's validateSearch: anything unknown in the URL is dropped, never an error. */
export function validateGlossarySearch(raw: Record<string, unknown>): GlossarySearch {
  return encodeGlossaryFilters(decodeGlossarySearch(raw))
}

/** Adds a value to a canonical list, or takes it out if it is there. */
export function toggled<T extends string>(
  all: readonly T[],
  chosen: readonly T[],
  value: T,
): T[] {
  const next = new Set(chosen)
  if (!next.delete(value)) next.add(value)
  return all.filter((item) => next.has(item))
}
