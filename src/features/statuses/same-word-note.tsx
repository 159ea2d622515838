import { Info } from 'lucide-react'
import { catalog, getStatus, lookupStatus } from '@/domain/catalog/catalog'
import { wordClashes } from '@/domain/catalog/clashes'
import { sectionOf } from '@/domain/catalog/sections'
import { StatusMark } from '@/components/status-mark'
import { CountsAs } from './counts-as'
import { EntryLink } from './entry-link'
import { GlossaryPanel } from './glossary-panel'

const clashes = wordClashes(catalog)

/** The warning on top of the glossary, with the words to watch built from the catalog. */
export function SameWordNote() {
  return (
    <GlossaryPanel
      icon={Info}
      title="The same word can mean different things at different vendors"
      intro={
        <>
          CTM’s <em>Completed</em> is a call that reached your voice menu but that no
          human or queue answered; Messenger’s <em>Completed</em> is a call that was
          answered and ended normally. Each status here belongs to one vendor and is never
          merged with another of the same name.
        </>
      }
    >
      <div>
        <h3 className="text-xs font-medium text-faint">Words to watch</h3>
        <ul className="mt-1.5 space-y-1">
          {clashes.map((clash) => (
            <li key={clash.word} className="grid grid-cols-[6rem_minmax(0,1fr)]">
              <span className="font-medium">{clash.word}</span>
              <span className="flex flex-wrap gap-x-3.5 gap-y-0.5">
                {clash.entries.map((entry) => (
                  <span key={entry.key} className="inline-flex items-center gap-1.5">
                    <EntryLink to={entry.key}>{sectionOf(entry).shortTitle}</EntryLink>
                    <span className="text-muted">
                      <CountsAs entry={entry} />
                    </span>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <MarkLegend />
    </GlossaryPanel>
  )
}

const legend = [
  [getStatus('ctm.call.answered'), 'final'],
  [getStatus('ctm.call.in-progress'), 'in flight'],
  [getStatus('ctm.text.sent'), 'provisional: a receipt can still follow'],
  [getStatus('ctm.call.no-audio'), 'flag or result code, never an outcome'],
  [lookupStatus('ctm', 'call', '?'), 'not in the catalog'],
] as const

function MarkLegend() {
  return (
    <div>
      <h3 className="text-xs font-medium text-faint">Badge marks</h3>
      <ul className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-muted">
        {legend.map(([status, meaning]) => (
          <li key={meaning} className="inline-flex items-center gap-1.5">
            <span className="inline-flex w-3 justify-center">
              <StatusMark status={status} />
            </span>
            {meaning}
          </li>
        ))}
      </ul>
    </div>
  )
}
