import type { StatusEntry } from '@/domain/catalog/catalog'
import { outcomeStyle } from './outcome-style'

/**
 * The small mark before a status label, so the phase reads without colour:
 * a filled dot once final, a hollow ring while in flight, a dashed ring when
 * provisional (a receipt can still change it), a diamond for flags
 * and result codes (never outcomes), a question mark when not in the catalog.
 */
export function StatusMark({ status }: { status: StatusEntry }) {
  if (!status.known) {
    return (
      <span
        aria-hidden
        className="-ml-0.5 inline-block text-[0.9em] leading-none font-bold"
      >
        ?
      </span>
    )
  }
  const style = outcomeStyle(status.outcome)
  if (status.outcome === null) {
    return (
      <span
        aria-hidden
        className={`inline-block size-1.5 shrink-0 rotate-45 ${style.fill}`}
      />
    )
  }
  if (status.phase === 'provisional') {
    return (
      <span
        aria-hidden
        className={`inline-block size-2 shrink-0 rounded-full border-[1.5px] border-dashed ${style.stroke}`}
      />
    )
  }
  return status.phase === 'final' ? (
    <span
      aria-hidden
      className={`inline-block size-2 shrink-0 rounded-full ${style.fill}`}
    />
  ) : (
    <span
      aria-hidden
      className={`inline-block size-2 shrink-0 rounded-full border-[1.5px] ${style.stroke}`}
    />
  )
}
