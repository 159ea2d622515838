import type { KnownStatus, StatusKey } from '@/domain/catalog/catalog'
import { matchesStatusQuery } from '@/domain/catalog/search'
import type { CatalogSection } from '@/domain/catalog/sections'
import type { GlossaryFilters } from './glossary-search'

export type GlossaryView = {
  sections: { section: CatalogSection; entries: KnownStatus[] }[]
  /** Entries that match the filters. */
  matching: number
  total: number
  /** The linked entry is shown although the filters would hide it. */
  pinned: KnownStatus | null
}

export function matchesFilters(entry: KnownStatus, filters: GlossaryFilters): boolean {
  return (
    (filters.vendors.length === 0 || filters.vendors.includes(entry.vendor)) &&
    (filters.outcomes.length === 0 ||
      (entry.outcome !== null && filters.outcomes.includes(entry.outcome))) &&
    matchesStatusQuery(entry, filters.query)
  )
}

/** What the glossary shows: the matching entries by section, plus the linked one. */
export function glossaryView(
  sections: readonly CatalogSection[],
  filters: GlossaryFilters,
  linked: StatusKey | null,
): GlossaryView {
  let matching = 0
  let total = 0
  let pinned: KnownStatus | null = null
  const shown = sections.map((section) => ({
    section,
    entries: section.entries.filter((entry) => {
      total += 1
      if (matchesFilters(entry, filters)) {
        matching += 1
        return true
      }
      if (entry.key !== linked) return false
      pinned = entry
      return true
    }),
  }))
  return {
    sections: shown.filter((item) => item.entries.length > 0),
    matching,
    total,
    pinned,
  }
}
