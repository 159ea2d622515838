import { listParams, type LogSearch } from './log-search'

/** A view with a patch applied; unset values and empty lists are left out of the URL. */
export function patchSearch(search: LogSearch, patch: Partial<LogSearch>): LogSearch {
  const isSet = (value: unknown) =>
    value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)
  const entries = Object.entries({ ...search, ...patch }).filter(([, value]) =>
    isSet(value),
  )
  return Object.fromEntries(entries)
}

/** True when anything narrows the log beyond its time range. */
export function hasFilters(search: LogSearch): boolean {
  return listParams.some((name) => (search[name]?.length ?? 0) > 0) || Boolean(search.q)
}

const cleared: readonly (keyof LogSearch)[] = [...listParams, 'q', 'id']
/** The patch that clears every filter and closes the open record; time range, sort and zone stay. */
export const noFilters: Readonly<Partial<LogSearch>> = Object.freeze(
  Object.fromEntries(cleared.map((key) => [key, undefined])),
)

/** The time range and its zone, carried from one section to another. */
export function timeRangeOf(search: LogSearch): LogSearch {
  const { range, from, to, tz } = search
  return patchSearch({}, { range, from, to, tz })
}

/** One string per time range: what a view's "now" is read again for. */
export const rangeKey = (search: LogSearch): string =>
  `${search.range ?? ''}|${search.from ?? ''}|${search.to ?? ''}`
