import { matchesStatusQuery, queryWords } from '@/domain/catalog/search'
import type { FacetOption } from './facet-options'

// Apart from the options: searching reads the statuses' meanings, which only
// the popover (loaded on first use) needs.

/** Options whose label, group, keywords (or status meaning) contain every word typed. */
export function filterOptions(options: FacetOption[], query: string): FacetOption[] {
  const words = queryWords(query)
  if (words.length === 0) return options
  return options.filter((option) => {
    if (option.status) return matchesStatusQuery(option.status, query)
    const text =
      `${option.label} ${option.group ?? ''} ${option.keywords ?? ''}`.toLowerCase()
    return words.every((word) => text.includes(word))
  })
}
