import { SearchX } from 'lucide-react'
import { useMemo } from 'react'
import { catalog } from '@/domain/catalog/catalog'
import { catalogSections } from '@/domain/catalog/sections'
import { outcomeGroups } from '@/domain/outcomes'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { glossaryView } from './glossary-filter'
import { GlossarySection } from './glossary-section'
import { GlossaryToolbar } from './glossary-toolbar'
import { OutcomeMapping } from './outcome-mapping'
import { SameWordNote } from './same-word-note'
import { useGlossarySearch } from './use-glossary-search'
import { useLinkedEntry } from './use-linked-entry'

const usedOutcomes = outcomeGroups.filter((outcome) =>
  catalog.some((entry) => entry.outcome === outcome),
)

/** The glossary: every vendor's statuses, what they mean and how they count. */
export function StatusesPage() {
  const { filters, setFilters } = useGlossarySearch()
  const linked = useLinkedEntry()
  const view = useMemo(
    () => glossaryView(catalogSections, filters, linked),
    [filters, linked],
  )
  return (
    <div className="pb-16">
      <PageHeader
        title="Statuses"
        description="What each vendor’s call and text statuses mean, and how they are counted."
      />
      <div className="flex max-w-6xl flex-col gap-5 px-4 lg:px-6">
        <SameWordNote />
        <GlossaryToolbar
          filters={filters}
          onChange={setFilters}
          outcomes={usedOutcomes}
          matching={view.matching}
          total={view.total}
          pinned={view.pinned}
        />
        {view.sections.length > 0 ? (
          view.sections.map(({ section, entries }) => (
            <GlossarySection
              key={section.id}
              section={section}
              entries={entries}
              linked={linked}
              pinned={view.pinned}
            />
          ))
        ) : (
          <div className="rounded-lg border border-line bg-surface">
            <EmptyState
              icon={SearchX}
              title="No status matches"
              action={
                <Button
                  onClick={() => setFilters({ query: '', vendors: [], outcomes: [] })}
                >
                  Clear search and filters
                </Button>
              }
            >
              Nothing in the catalog matches this search and these filters.
            </EmptyState>
          </div>
        )}
        <OutcomeMapping />
      </div>
    </div>
  )
}
