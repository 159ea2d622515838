import { useDeferredValue, useMemo, type ReactNode } from 'react'
import { catalog } from '@/domain/catalog/catalog'
import { catalogSections } from '@/domain/catalog/sections'
import { outcomeGroups } from '@/domain/outcomes'
import { PageHeader } from '@/components/page-header'
import { vendorsInFull } from '@/domain/vendors'
import { glossaryView, type GlossaryView } from './glossary-filter'
import { GlossaryList } from './glossary-list'
import { GlossaryToolbar } from './glossary-toolbar'
import { OutcomeMapping } from './outcome-mapping'
import { SameWordNote } from './same-word-note'
import { useGlossarySearch } from './use-glossary-search'
import { useLinkedKey, useScrollToLinked } from './use-linked-entry'

const usedOutcomes = outcomeGroups.filter((outcome) =>
  catalog.some((entry) => entry.outcome === outcome),
)

const everyStatus = { query: '', vendors: [], outcomes: [] }

/** The glossary: every vendor's statuses, what they mean and how they count. */
export function StatusesPage({ notice }: { notice?: ReactNode }) {
  const { filters, setFilters } = useGlossarySearch()
  const linked = useLinkedKey()
  const view = useMemo(
    () => glossaryView(catalogSections, filters, linked),
    [filters, linked],
  )
  // The ~70 entries render in the background: the page and each keystroke in
  // the search box show at once, and the list follows.
  const shown = useDeferredValue<GlossaryView | null>(view, null)
  useScrollToLinked(linked, shown !== null)
  return (
    <div className="pb-16">
      <PageHeader
        title="Statuses"
        description={`What the call and text statuses of ${vendorsInFull} mean, and how they are counted.`}
      />
      {/* Composed in by the app: what the link held that the page ignored. */}
      {notice}
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
        {shown ? (
          <>
            <GlossaryList
              view={shown}
              linked={linked}
              onClear={() => setFilters(everyStatus)}
            />
            <OutcomeMapping />
          </>
        ) : null}
      </div>
    </div>
  )
}
