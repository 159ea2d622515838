import type { KnownStatus, StatusKey } from '@/domain/catalog/catalog'
import type { CatalogSection } from '@/domain/catalog/sections'
import { GlossaryEntry } from './glossary-entry'

type GlossarySectionProps = {
  section: CatalogSection
  entries: KnownStatus[]
  linked: StatusKey | null
  pinned: KnownStatus | null
}

/** One vendor document's statuses. */
export function GlossarySection({
  section,
  entries,
  linked,
  pinned,
}: GlossarySectionProps) {
  const titleId = `${section.id}-title`
  const hidden = section.entries.length - entries.length
  return (
    <section
      aria-labelledby={titleId}
      className="rounded-lg border border-line bg-surface"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-line px-4 py-3">
        <div>
          <h2 id={titleId} className="text-base font-semibold">
            {section.title}
          </h2>
          <p className="text-xs text-muted">{section.context}</p>
        </div>
        <p className="text-xs text-faint">
          {hidden > 0
            ? `${entries.length} of ${section.entries.length} statuses`
            : `${entries.length} statuses`}
        </p>
      </header>
      <ul className="divide-y divide-line px-1">
        {entries.map((entry) => (
          <li key={entry.key} className="py-1">
            <GlossaryEntry
              entry={entry}
              linked={entry.key === linked}
              pinned={entry === pinned}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
