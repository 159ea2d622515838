import type { KnownStatus } from '@/domain/catalog/catalog'
import { kindLabels } from '@/domain/catalog/describe'
import { outcomeInfo } from '@/domain/outcomes'
import { StatusMark } from '@/components/status-mark'

/** How an entry is counted: its outcome group, or what it is instead of an outcome. */
export function CountsAs({ entry }: { entry: KnownStatus }) {
  return (
    <span className="inline-flex items-start gap-1.5">
      {/* One line high, so the mark stays with the first line when the label wraps. */}
      <span className="inline-flex h-[1lh] w-2.5 shrink-0 items-center justify-center">
        <StatusMark status={entry} />
      </span>
      {entry.outcome === null
        ? `None (${kindLabels[entry.kind].toLowerCase()})`
        : outcomeInfo[entry.outcome].label}
    </span>
  )
}
