import type { KnownStatus } from '@/domain/catalog/catalog'
import { outcomeStyle } from './outcome-style'
import { StatusMark } from './status-mark'

/**
 * A status drawn like its badge but inert: for places that are themselves a
 * control (a filter option, a chip), where a nested button would not be allowed.
 */
export function StatusPill({ status }: { status: KnownStatus }) {
  return (
    <span
      className={`inline-flex h-5 max-w-full min-w-0 items-center gap-1 rounded-full px-1.5 text-[11px] leading-none font-medium whitespace-nowrap ${outcomeStyle(status.outcome).pill}`}
    >
      <StatusMark status={status} />
      <bdi className="min-w-0 truncate">{status.label}</bdi>
    </span>
  )
}
