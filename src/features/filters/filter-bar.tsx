import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { memo, useMemo } from 'react'
import { logInfiniteQueryOptions } from '@/api/logs'
import type { LogKind } from '@/domain/log-query'
import { listParams, type ListParam, type LogSearch } from '@/domain/log-search'
import { viewQuery } from '@/domain/log-view'
import { activeFilters, type FacetSpec } from './active-filters'
import {
  directionOptions,
  namedOptions,
  outcomeOptions,
  statusOptions,
  vendorOptions,
} from './facet-options'
import { FacetFilter } from './facet-filter'
import { LazyFilterChips, preloadFilterChips } from './lazy-filter-chips'
import { SearchBox } from './search-box'
import { TimeRangePicker } from './time-range-picker'
import { TimeZoneSelect } from './time-zone-select'

type FilterBarProps = {
  kind: LogKind
  search: LogSearch
  now: number
  onSearchChange: (patch: Partial<LogSearch>, options?: { replace?: boolean }) => void
  onClearFilters: () => void
}

/**
 * Every way to narrow a log: time range, free text, and a multi-select per
 * facet with live counts (the same API response as the rows, so they agree).
 */
export const FilterBar = memo(function FilterBar({
  kind,
  search,
  now,
  onSearchChange,
  onClearFilters,
}: FilterBarProps) {
  const query = useMemo(() => viewQuery(kind, search, now), [kind, search, now])
  const { data } = useInfiniteQuery({
    ...logInfiniteQueryOptions(kind, query),
    placeholderData: keepPreviousData,
  })
  const counts = data?.pages[0]?.facets
  const channel = kind === 'calls' ? 'call' : 'text'

  const facets: FacetSpec[] = [
    {
      param: 'status',
      name: 'Status',
      options: statusOptions(channel, counts?.status),
      searchable: true,
    },
    {
      param: 'outcome',
      name: 'Outcome',
      options: outcomeOptions(channel, counts?.outcome),
    },
    ...(kind === 'calls'
      ? [
          {
            param: 'vendor',
            name: 'Vendor',
            options: vendorOptions(channel, counts?.vendor),
          } as const,
        ]
      : []),
    {
      param: 'direction',
      name: 'Direction',
      options: directionOptions(counts?.direction),
    },
    ...(kind === 'calls'
      ? ([
          {
            param: 'agent',
            name: 'Agent',
            options: namedOptions(counts?.agent, search.agent ?? []),
            searchable: true,
          },
          {
            param: 'source',
            name: 'Source',
            options: namedOptions(counts?.source, search.source ?? []),
          },
          {
            param: 'campaign',
            name: 'Campaign',
            options: namedOptions(counts?.campaign, search.campaign ?? []),
          },
        ] as const)
      : []),
  ]

  const active = activeFilters(facets, search, onSearchChange)
  // One handler per facet for the bar's life, so a facet's filter re-renders only for its own changes.
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

  return (
    <div
      role="search"
      aria-label={`Filter the ${kind === 'calls' ? 'Activity Log' : 'Text Log'}`}
      className="flex flex-col gap-2 px-4 pb-3 lg:px-6"
      onPointerDownCapture={preloadFilterChips}
      onFocusCapture={preloadFilterChips}
    >
      <div className="flex flex-wrap items-center gap-2">
        <TimeRangePicker
          search={search}
          now={now}
          onChange={(range) =>
            onSearchChange({
              range: range.range,
              from: range.from,
              to: range.to,
              id: undefined,
            })
          }
        />
        <TimeZoneSelect now={now} onChange={(tz) => onSearchChange({ tz })} />
        <div className="w-64 min-w-48 flex-initial">
          <SearchBox
            value={search.q ?? ''}
            onSearch={(q) => onSearchChange({ q: q || undefined, id: undefined })}
            placeholder={
              kind === 'calls'
                ? 'Search names and numbers'
                : 'Search names, numbers, messages'
            }
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
      </div>
      <LazyFilterChips filters={active} onClearAll={onClearFilters} />
    </div>
  )
})

const none: readonly string[] = []
