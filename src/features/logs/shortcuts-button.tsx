import { useState } from 'react'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import type { ShortcutsDialogProps } from './shortcuts-dialog'

const dialog = deferredModule(() => import('./shortcuts-dialog'))

/** Opens the list of keyboard shortcuts, as `?` does. */
export function ShortcutsButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      aria-label="Keyboard shortcuts"
      aria-keyshortcuts="?"
      title="Keyboard shortcuts (?)"
      onClick={onClick}
      className="inline-flex size-8 items-center justify-center rounded-md border border-line bg-surface font-mono text-sm font-semibold text-muted hover:bg-surface-2 hover:text-ink"
    >
      <span aria-hidden>?</span>
    </button>
  )
}

/** The shortcuts dialog, loaded the first time it opens and kept so it can close. */
export function LazyShortcutsDialog(props: ShortcutsDialogProps) {
  const [wanted, setWanted] = useState(props.open)
  if (props.open && !wanted) setWanted(true)
  const Dialog = useDeferredModule(dialog, wanted)?.ShortcutsDialog
  return Dialog ? <Dialog {...props} /> : null
}
