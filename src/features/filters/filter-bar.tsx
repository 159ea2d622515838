import { memo, useCallback, useMemo, type ReactNode } from 'react'
import type { LogKind } from '@/domain/log-query'
import { listParams, type ListParam, type LogSearch } from '@/domain/log-search'
import { noFilters } from '@/domain/log-search-edit'
import type { ZoneChoice } from '@/domain/time-zone'
import { activeFilters } from './active-filters'
import { FacetFilter } from './facet-filter'
import { facetSpecs, type FacetCounts, type FilterBarPage } from './facet-specs'
import { LazyFilterChips, preloadFilterChips } from './lazy-filter-chips'
import { SearchBox } from './search-box'
import { TimeRangePicker } from './time-range-picker'
import type { TimeRangePickerProps } from './time-range-popover'
import { TimeZoneSelect } from './time-zone-select'

export type SearchChange = (
  patch: Partial<LogSearch>,
  options?: { replace?: boolean },
) => void

export type FilterBarProps = {
  page: FilterBarPage
  search: LogSearch
  now: number
  /** Counts under the page's filters, per log; undefined while loading. */
  counts: Partial<Record<LogKind, FacetCounts | undefined>>
  onSearchChange: SearchChange
  /** The page's own controls at the row's end (Insights' views and shortcuts). */
  actions?: ReactNode
}

/**
 * Every way to narrow a page: time range, zone, free text, and a
 * multi-select per facet of its logs with live counts. Its handlers live as
 * long as `onSearchChange` does, so a facet re-renders only for its own changes.
 * Any filter closes the open record.
 */
export const FilterBar = memo(function FilterBar({
  page,
  search,
  now,
  counts,
  onSearchChange,
  actions,
}: FilterBarProps) {
  const facets = facetSpecs(page.kinds, counts, search)
  const active = activeFilters(facets, search, onSearchChange)
  const setFacet = useMemo(
    () =>
      Object.fromEntries(
        listParams.map((param) => [
          param,
          (values: string[]) => onSearchChange({ [param]: values, id: undefined }),
        ]),
      ) as Record<ListParam, (values: string[]) => void>,
    [onSearchChange],
  )
  const setRange = useCallback<TimeRangePickerProps['onChange']>(
    ({ range, from, to }) => onSearchChange({ range, from, to, id: undefined }),
    [onSearchChange],
  )
  const setZone = useCallback(
    (tz: ZoneChoice | undefined) => onSearchChange({ tz }),
    [onSearchChange],
  )
  const clearAll = useCallback(() => onSearchChange(noFilters), [onSearchChange])
  const setQuery = useCallback(
    (q: string) => onSearchChange({ q: q || undefined, id: undefined }),
    [onSearchChange],
  )

  return (
    <div
      role="search"
      aria-label={page.label}
      className="flex flex-col gap-2 px-4 pb-3 lg:px-6"
      onPointerDownCapture={preloadFilterChips}
      onFocusCapture={preloadFilterChips}
    >
      <div className="flex flex-wrap items-center gap-2">
        <TimeRangePicker search={search} now={now} onChange={setRange} />
        <TimeZoneSelect now={now} onChange={setZone} />
        <div className="w-64 min-w-48 flex-initial">
          <SearchBox
            value={search.q ?? ''}
            onSearch={setQuery}
            placeholder={page.placeholder}
          />
        </div>
        {facets.map(({ param, name, options, searchable }) => (
          <FacetFilter
            key={param}
            label={name}
            options={options}
            selected={search[param] ?? none}
            searchable={searchable}
            onChange={setFacet[param]}
          />
        ))}
        {actions ? (
          <div className="ml-auto flex items-center gap-2">{actions}</div>
        ) : null}
      </div>
      <LazyFilterChips filters={active} onClearAll={clearAll} />
    </div>
  )
})

const none: readonly string[] = []
