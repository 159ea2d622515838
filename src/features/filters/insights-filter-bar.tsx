import type { FacetBucket } from '@/api/log-page-schema'
import type { LogSearch } from '@/domain/log-search'
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
import { mergeCounts } from './merge-counts'
import { SearchBox } from './search-box'
import { TimeRangePicker } from './time-range-picker'
import { TimeZoneSelect } from './time-zone-select'

/** A log's counts per facet value; a facet left out shows no counts. */
export type FacetCounts = Partial<Record<string, FacetBucket[]>>

type InsightsFilterBarProps = {
  search: LogSearch
  now: number
  /** Counts under the page's filters, from each log's stats; undefined while loading. */
  counts: { calls: FacetCounts | undefined; texts: FacetCounts | undefined }
  onSearchChange: (patch: Partial<LogSearch>) => void
  onClearFilters: () => void
}

const unique = <T extends { value: string }>(options: T[]) =>
  options.filter((o, i) => options.findIndex((p) => p.value === o.value) === i)

/**
 * The logs' filters for a page over both logs: statuses of both channels,
 * grouped by vendor document; outcome groups of both; call-only facets
 * (agent, source) marked as such. Counts come from the page's own stats.
 */
export function InsightsFilterBar({
  search,
  now,
  counts,
  onSearchChange,
  onClearFilters,
}: InsightsFilterBarProps) {
  const { calls, texts } = counts
  const merged = (name: string) => mergeCounts(calls?.[name], texts?.[name])
  const facets: FacetSpec[] = [
    {
      param: 'status',
      name: 'Status',
      options: [
        ...statusOptions('call', calls?.status),
        ...statusOptions('text', texts?.status),
      ],
      searchable: true,
    },
    {
      param: 'outcome',
      name: 'Outcome',
      options: unique([
        ...outcomeOptions('call', merged('outcome')),
        ...outcomeOptions('text', merged('outcome')),
      ]),
    },
    { param: 'vendor', name: 'Vendor', options: vendorOptions('call', merged('vendor')) },
    {
      param: 'direction',
      name: 'Direction',
      options: directionOptions(merged('direction')),
    },
    {
      param: 'agent',
      name: 'Agent',
      options: namedOptions(calls?.agent, search.agent ?? []),
      searchable: true,
    },
    {
      param: 'source',
      name: 'Source',
      options: namedOptions(calls?.source, search.source ?? []),
    },
    {
      param: 'campaign',
      name: 'Campaign',
      options: namedOptions(calls?.campaign, search.campaign ?? []),
    },
  ]
  return (
    <div
      role="search"
      aria-label="Filter the Insights"
      className="flex flex-col gap-2 px-4 pb-4 lg:px-6"
      onPointerDownCapture={preloadFilterChips}
      onFocusCapture={preloadFilterChips}
    >
      <div className="flex flex-wrap items-center gap-2">
        <TimeRangePicker
          search={search}
          now={now}
          onChange={(range) =>
            onSearchChange({ range: range.range, from: range.from, to: range.to })
          }
        />
        <TimeZoneSelect now={now} onChange={(tz) => onSearchChange({ tz })} />
        <div className="w-64 min-w-48 flex-initial">
          <SearchBox
            value={search.q ?? ''}
            onSearch={(q) => onSearchChange({ q: q || undefined })}
            placeholder="Search names, numbers, messages"
          />
        </div>
        {facets.map(({ param, name, options, searchable }) => (
          <FacetFilter
            key={param}
            label={name}
            options={options}
            selected={search[param] ?? []}
            searchable={searchable}
            onChange={(values) => onSearchChange({ [param]: values })}
          />
        ))}
      </div>
      <LazyFilterChips
        filters={activeFilters(facets, search, onSearchChange)}
        onClearAll={onClearFilters}
      />
    </div>
  )
}
