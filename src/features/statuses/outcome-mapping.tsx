import { Fragment } from 'react'
import { outcomeMapping } from '@/domain/catalog/by-outcome'
import { catalog, type KnownStatus } from '@/domain/catalog/catalog'
import { catalogSections } from '@/domain/catalog/sections'
import { outcomeInfo } from '@/domain/outcomes'
import { outcomeStyles } from '@/components/outcome-style'
import { EntryLink } from './entry-link'
import { GlossaryPanel } from './glossary-panel'

const mapping = outcomeMapping(catalog)

/** Which vendor statuses count in which outcome group: the table behind every chart. */
export function OutcomeMapping() {
  return (
    <GlossaryPanel
      title="How statuses are counted together"
      intro="Charts add up calls and texts from every vendor by these groups. Statuses still in flight are shown apart and never counted as outcomes."
    >
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Outcome group</th>
            <th scope="col">Vendor statuses in it</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {mapping.groups.map(({ outcome, entries }) => (
            <tr key={outcome} className="align-top">
              <th
                scope="row"
                className="w-[45%] px-4 py-3 text-left font-normal lg:w-[38%]"
              >
                <span className="inline-flex items-center gap-2 font-medium">
                  <span
                    aria-hidden
                    className={`size-2.5 shrink-0 rounded-full ${outcomeStyles[outcome].fill}`}
                  />
                  {outcomeInfo[outcome].label}
                  {outcomeInfo[outcome].isOutcome ? null : (
                    <span className="rounded bg-surface-2 px-1.5 py-0.5 text-[11px] font-medium text-muted">
                      not an outcome
                    </span>
                  )}
                </span>
                <span className="mt-0.5 block pl-4.5 text-xs text-muted">
                  {outcomeInfo[outcome].description}
                </span>
              </th>
              <td className="px-4 py-3">
                <EntryList entries={entries} />
              </td>
            </tr>
          ))}
          <tr className="align-top">
            <th scope="row" className="px-4 py-3 text-left font-normal">
              <span className="font-medium">In no group</span>
              <span className="mt-0.5 block text-xs text-muted">
                Flags and result codes sit beside a call’s status; they are not its
                outcome.
              </span>
            </th>
            <td className="px-4 py-3">
              <EntryList entries={mapping.notOutcomes} />
            </td>
          </tr>
        </tbody>
      </table>
    </GlossaryPanel>
  )
}

/** The entries of one group, by vendor section, so two Routee "Queued" read apart. */
function EntryList({ entries }: { entries: KnownStatus[] }) {
  return (
    <ul className="space-y-1">
      {catalogSections.map((section) => {
        const inSection = entries.filter((entry) => section.entries.includes(entry))
        if (inSection.length === 0) return null
        return (
          <li key={section.id} className="flex gap-3">
            <span className="w-32 shrink-0 text-faint">{section.shortTitle}</span>
            <span className="min-w-0">
              {inSection.map((entry, i) => (
                <Fragment key={entry.key}>
                  {i > 0 ? ', ' : null}
                  <span className="whitespace-nowrap">
                    <EntryLink to={entry.key}>{entry.label}</EntryLink>
                  </span>
                </Fragment>
              ))}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
