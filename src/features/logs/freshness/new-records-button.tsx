import { ArrowUp } from 'lucide-react'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import { pluralize } from '@/lib/format'

/** "3 new calls": what arrived since the rows on screen, shown only when asked for. */
export function NewRecordsButton({
  count,
  kind,
  onShow,
}: {
  count: number
  kind: LogKind
  onShow: () => void
}) {
  if (count === 0) return null
  const { noun } = logKindInfo[kind]
  return (
    <button
      type="button"
      onClick={onShow}
      className="ml-2 inline-flex items-center gap-1 rounded-full bg-accent px-2.5 py-0.5 text-xs font-medium text-accent-ink hover:opacity-90"
    >
      <ArrowUp aria-hidden className="size-3" />
      {pluralize(count, `new ${noun.one}`, `new ${noun.many}`)}
    </button>
  )
}
