import { Link2 } from 'lucide-react'
import { Fragment, type ReactNode } from 'react'
import { getStatus, phaseLabels, type KnownStatus } from '@/domain/catalog/catalog'
import { vendorPhaseMark } from '@/domain/catalog/describe'
import { sectionOf } from '@/domain/catalog/sections'
import { StatusBadge } from '@/components/status-badge'
import { CountsAs } from './counts-as'
import { EntryLink } from './entry-link'
import { meaningOf } from '@/domain/catalog/meaning'

type GlossaryEntryProps = {
  entry: KnownStatus
  /** Reached through a link to it: highlighted. */
  linked: boolean
  /** Shown although the filters would hide it, because it was linked. */
  pinned: boolean
}

export function GlossaryEntry({ entry, linked, pinned }: GlossaryEntryProps) {
  const nameId = `${entry.key}-name`
  const scope = sectionOf(entry).shortTitle
  return (
    <article
      id={entry.key}
      tabIndex={-1}
      aria-labelledby={nameId}
      aria-current={linked ? 'true' : undefined}
      className="group relative grid scroll-mt-6 gap-x-6 gap-y-1.5 rounded-md border border-transparent py-3 pr-11 pl-3 outline-none focus-visible:border-accent md:grid-cols-[14rem_minmax(0,1fr)] lg:grid-cols-[14rem_minmax(0,1fr)_17rem] aria-[current=true]:border-accent aria-[current=true]:bg-accent-soft/60"
    >
      <div className="flex min-w-0 flex-col items-start gap-1 md:row-span-2 lg:row-span-1">
        <h3 id={nameId} className="max-w-full">
          <StatusBadge status={entry} />
          <span className="sr-only"> ({scope})</span>
        </h3>
        <p className="text-xs text-faint">
          {entry.ours ? (
            'Ours: the vendor never sends it'
          ) : (
            <>
              Sent as <code className="font-mono text-muted">{entry.code}</code>
            </>
          )}
        </p>
        {linked ? (
          <p className="rounded bg-accent px-1.5 py-0.5 text-[11px] font-medium text-accent-ink">
            {pinned ? 'Linked, outside your filters' : 'Linked'}
          </p>
        ) : null}
      </div>
      <div className="min-w-0 space-y-1 text-sm">
        <p>{meaningOf(entry)}</p>
        <EntryExtras entry={entry} />
      </div>
      <dl className="grid grid-cols-[3.75rem_minmax(0,1fr)] gap-x-2 gap-y-0.5 self-start text-sm max-lg:flex max-lg:flex-wrap max-lg:gap-x-5">
        <Fact term="Phase">
          {phaseLabels[entry.phase]}
          <VendorMark entry={entry} />
        </Fact>
        <Fact term="Outcome">
          <CountsAs entry={entry} />
        </Fact>
      </dl>
      <EntryLink
        to={entry.key}
        aria-label={`Link to ${entry.label} (${scope})`}
        className="absolute top-3 right-2 flex size-7 items-center justify-center rounded-md text-faint opacity-60 group-hover:opacity-100 hover:bg-surface-2 hover:text-ink focus-visible:opacity-100"
      >
        <Link2 aria-hidden className="size-4" />
      </EntryLink>
    </article>
  )
}

function EntryExtras({ entry }: { entry: KnownStatus }) {
  return (
    <>
      {entry.levels ? (
        <p className="text-muted">
          Status <code className="font-mono">{entry.levels.status}</code>, sub-status{' '}
          <code className="font-mono">{entry.levels.subStatus}</code>
        </p>
      ) : null}
      {entry.appliesTo ? (
        <p className="text-muted">
          Only on calls that reached the phone:{' '}
          {entry.appliesTo.map((key, i) => (
            <Fragment key={key}>
              {i > 0 ? ', ' : null}
              <span className="whitespace-nowrap">
                <EntryLink to={key}>{getStatus(key).label}</EntryLink>
              </span>
            </Fragment>
          ))}
        </p>
      ) : null}
    </>
  )
}

function VendorMark({ entry }: { entry: KnownStatus }) {
  const mark = vendorPhaseMark(entry)
  return mark ? (
    <span className="ml-2 inline-block text-xs whitespace-nowrap text-faint">{mark}</span>
  ) : null
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contents max-lg:flex max-lg:items-baseline max-lg:gap-2">
      <dt className="pt-px text-xs text-faint">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  )
}
