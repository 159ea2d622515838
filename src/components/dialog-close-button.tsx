import { X } from 'lucide-react'
import { Dialog } from 'radix-ui'

type DialogCloseButtonProps = {
  /** What closing does, for a screen reader: "Close details". */
  label: string
  /** Placement only (margins, position). */
  className?: string
}

/** The × that closes a dialog or panel, alike everywhere. */
export function DialogCloseButton({ label, className = '' }: DialogCloseButtonProps) {
  return (
    <Dialog.Close
      aria-label={label}
      className={`rounded-md p-1.5 text-muted hover:bg-surface-2 hover:text-ink ${className}`}
    >
      <X aria-hidden className="size-5" />
    </Dialog.Close>
  )
}
