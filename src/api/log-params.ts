import { logKindInfo } from '@/domain/log-kind'
import { formatSort, type LogFilters, type LogKind, type Sort } from '@/domain/log-query'

export type LogQuery<K extends LogKind = LogKind> = {
  filters: LogFilters
  sort: Sort<K>
}

/** The API caps a page at 150 records, as CTM's per_page does. */
export const maxPageSize = 150

/** Filters as the API's query parameters: the kind's facets only; empty filters are left out. */
export function filterParams(kind: LogKind, filters: LogFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  for (const name of logKindInfo[kind].facets) {
    const values = filters[name]
    if (values.length > 0) params.set(name, values.join(','))
  }
  const q = filters.q?.trim()
  if (q) params.set('q', q)
  return params
}

export function listParams(
  kind: LogKind,
  query: LogQuery,
  page: { cursor: string | null; limit: number },
): URLSearchParams {
  const params = filterParams(kind, query.filters)
  params.set('sort', formatSort(query.sort))
  params.set('limit', String(page.limit))
  if (page.cursor) params.set('cursor', page.cursor)
  return params
}
