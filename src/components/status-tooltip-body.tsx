import { Link } from '@tanstack/react-router'
import { ArrowRight, MousePointerClick } from 'lucide-react'
import type { ReactNode } from 'react'
import { getStatus, type KnownStatus, type StatusEntry } from '@/domain/catalog/catalog'
import { kindNote, phaseText } from '@/domain/catalog/describe'
import { outcomeInfo } from '@/domain/outcomes'
import { channelLabels, vendorInfo } from '@/domain/vendors'
import { StatusMark } from './status-mark'
import { meaningOf } from '@/domain/catalog/meaning'

type BodyProps = { status: StatusEntry; selectable: boolean }

/** What a status means, as the badge's tooltip tells it. All of it is plain text. */
export function StatusTooltipBody({ status, selectable }: BodyProps) {
  const vendor = status.vendor ? vendorInfo[status.vendor].name : 'Unknown vendor'
  const channel = status.channel ? channelLabels[status.channel] : null
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between gap-4">
        <p className="text-sm font-semibold">
          {status.known ? status.label : 'Not in the catalog'}
        </p>
        <p className="shrink-0 text-faint">
          {vendor}
          {channel ? ` · ${channel}` : null}
        </p>
      </div>
      <p className="text-muted">{meaningOf(status)}</p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 border-t border-line pt-2">
        {status.known ? (
          <KnownFacts status={status} />
        ) : (
          <Fact term="Sent as">
            {/* Kept whole for copying; a runaway value is clamped to a few lines. */}
            <code className="line-clamp-4 break-all">{status.raw || '(empty)'}</code>
          </Fact>
        )}
      </dl>
      {selectable ? (
        <p className="flex items-center gap-1.5 text-muted">
          <MousePointerClick aria-hidden className="size-3.5 shrink-0" />
          Click to show only {status.label}
        </p>
      ) : null}
      {status.known ? (
        <Link
          to="/statuses"
          hash={status.key}
          tabIndex={-1}
          className="flex items-center gap-1 font-medium text-accent hover:underline"
        >
          More in the status glossary
          <ArrowRight aria-hidden className="size-3.5" />
        </Link>
      ) : null}
    </div>
  )
}

function KnownFacts({ status }: { status: KnownStatus }) {
  const note = kindNote(status)
  return (
    <>
      <Fact term="Phase">{phaseText(status)}</Fact>
      <Fact term="Outcome">
        {status.outcome === null ? (
          note
        ) : (
          <span className="flex gap-1.5">
            <span className="flex h-[1lh] shrink-0 items-center">
              <StatusMark status={status} />
            </span>
            <span>
              <span className="font-medium">{outcomeInfo[status.outcome].label}</span>
              <span className="text-muted">
                {' – '}
                {outcomeInfo[status.outcome].description}
              </span>
            </span>
          </span>
        )}
      </Fact>
      {status.levels ? (
        <Fact term="Levels">
          Status <code>{status.levels.status}</code>, sub-status{' '}
          <code>{status.levels.subStatus}</code>
        </Fact>
      ) : null}
      {status.appliesTo ? (
        <Fact term="Only on">
          {status.appliesTo.map((key) => getStatus(key).label).join(', ')}
        </Fact>
      ) : null}
      {status.outcome !== null && note ? <Fact term="Note">{note}</Fact> : null}
      <Fact term="Sent as">
        <code>{status.code}</code>
      </Fact>
    </>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-faint">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  )
}
