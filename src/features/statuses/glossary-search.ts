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

/** Known values only, once each, in their canonical order. */
function list<T extends string>(
  raw: unknown,
  all: readonly T[],
  is: (value: string) => value is T,
): T[] {
  const tokens =
    typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw.map(String) : []
  const chosen = new Set(tokens.map((token) => token.trim()).filter(is))
  return all.filter((value) => chosen.has(value))
}

function text(raw: unknown): string {
  // The router turns a query such as "404" into a number on the way in.
  const value =
    typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
      ? String(raw)
      : ''
  return value.slice(0, maxQueryLength)
}

export function decodeGlossarySearch(raw: Record<string, unknown>): GlossaryFilters {
  return {
    query: text(raw.q),
    vendors: list(raw.vendor, vendors, isVendor),
    outcomes: list(raw.outcome, outcomeGroups, isOutcomeGroup),
  }
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
export function toggled<T extends string>(all: readonly T[], chosen: T[], value: T): T[] {
  const next = new Set(chosen)
  if (!next.delete(value)) next.add(value)
  return all.filter((item) => next.has(item))
}
