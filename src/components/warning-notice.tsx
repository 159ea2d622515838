import { X, type LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

type WarningNoticeProps = {
  icon: LucideIcon
  children: ReactNode
  /** A dismiss button, when the notice can be put away. */
  onDismiss?: () => void
}

/** A polite notice above a log: what was refused or could not be read, said in words. */
export function WarningNotice({ icon: Icon, children, onDismiss }: WarningNoticeProps) {
  return (
    <div
      role="status"
      className="mx-4 mb-3 flex items-start gap-2 rounded-md border border-line bg-warning-soft px-3 py-2 text-sm text-warning-ink lg:mx-6"
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 break-words">{children}</div>
      {onDismiss ? (
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss notice"
          className="rounded p-1 hover:bg-black/5 dark:hover:bg-white/10"
        >
          <X aria-hidden className="size-4" />
        </button>
      ) : null}
    </div>
  )
}
