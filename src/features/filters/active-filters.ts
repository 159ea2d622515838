import type { ListParam, LogSearch } from '@/domain/log-search'
import type { FacetOption } from './facet-options'
import type { ActiveFilter } from './filter-chips'

export type FacetSpec = {
  param: ListParam
  name: string
  options: FacetOption[]
  searchable?: boolean
}

/** The chips for the filters in force, each removing its own value. */
export function activeFilters(
  facets: readonly FacetSpec[],
  search: LogSearch,
  onSearchChange: (patch: Partial<LogSearch>) => void,
): ActiveFilter[] {
  const active: ActiveFilter[] = facets.flatMap(({ param, name, options }) =>
    (search[param] ?? []).map((value: string) => ({
      param,
      name,
      option: options.find((option) => option.value === value) ?? {
        value,
        label: value,
        count: undefined,
      },
      onRemove: () =>
        onSearchChange({ [param]: search[param]?.filter((v) => v !== value) }),
    })),
  )
  if (search.q) {
    active.push({
      param: 'q',
      name: 'Search',
      option: { value: search.q, label: `“${search.q}”`, count: undefined },
      onRemove: () => onSearchChange({ q: undefined }),
    })
  }
  return active
}
