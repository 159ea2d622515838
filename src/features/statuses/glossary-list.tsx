import { SearchX } from 'lucide-react'
import type { StatusKey } from '@/domain/catalog/catalog'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import type { GlossaryView } from './glossary-filter'
import { GlossarySection } from './glossary-section'

type GlossaryListProps = {
  view: GlossaryView
  linked: StatusKey | null
  onClear: () => void
}

/** The entries the filters let through, by section, or a way out when there are none. */
export function GlossaryList({ view, linked, onClear }: GlossaryListProps) {
  if (view.sections.length === 0) {
    return (
      <div className="rounded-lg border border-line bg-surface">
        <EmptyState
          icon={SearchX}
          title="No status matches"
          action={<Button onClick={onClear}>Clear search and filters</Button>}
        >
          Nothing in the catalog matches this search and these filters.
        </EmptyState>
      </div>
    )
  }
  return view.sections.map(({ section, entries }) => (
    <GlossarySection
      key={section.id}
      section={section}
      entries={entries}
      linked={linked}
      pinned={view.pinned}
    />
  ))
}
