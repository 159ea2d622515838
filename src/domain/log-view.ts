import {
  defaultSort,
  emptyFilters,
  parseSort,
  type LogFilters,
  type LogKind,
  type LogQuery,
  type Sort,
} from './log-query'
import type { LogSearch } from './log-search'
import { viewWindow } from './time-range'

/** The API's filters for a view, its time range made absolute at `now`. */
export function viewFilters(search: LogSearch, now: number): LogFilters {
  const window = viewWindow(search, now)
  return {
    ...emptyFilters,
    from: new Date(window.from).toISOString(),
    to: new Date(window.to).toISOString(),
    status: search.status ?? [],
    outcome: search.outcome ?? [],
    vendor: search.vendor ?? [],
    direction: search.direction ?? [],
    agent: search.agent ?? [],
    source: search.source ?? [],
    campaign: search.campaign ?? [],
    ...(search.q ? { q: search.q } : {}),
  }
}

export function viewSort<K extends LogKind>(kind: K, search: LogSearch): Sort<K> {
  return (
    (search.sort ? parseSort(kind, search.sort) : undefined) ?? (defaultSort as Sort<K>)
  )
}

export function viewQuery<K extends LogKind>(
  kind: K,
  search: LogSearch,
  now: number,
): LogQuery<K> {
  return { filters: viewFilters(search, now), sort: viewSort(kind, search) }
}
