import { Dialog } from 'radix-ui'
import { useRef } from 'react'
import { DialogCloseButton } from '@/components/dialog-close-button'

export type Shortcut = { keys: readonly string[]; what: string }

/** Each shortcut with its keys and words; use-log-shortcuts.ts handles them. */
const shortcutList: readonly Shortcut[] = [
  { keys: ['j', '↓'], what: 'Next record (in the table or the detail panel)' },
  { keys: ['k', '↑'], what: 'Previous record (in the table or the detail panel)' },
  { keys: ['Enter'], what: 'Open the focused row’s details' },
  { keys: ['Esc'], what: 'Close the open menu or popover, then the detail panel' },
  { keys: ['/'], what: 'Search' },
  { keys: ['?'], what: 'Show these shortcuts' },
]

export type ShortcutsDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Another page's keys, and where they work; the log's by default. */
  shortcuts?: readonly Shortcut[]
  where?: string
}

/** The list `?` opens. Escape closes it and focus goes back where it was. */
export function ShortcutsDialog({
  open,
  onOpenChange,
  shortcuts = shortcutList,
  where = 'the log',
}: ShortcutsDialogProps) {
  // Opened by a key, it has no trigger to go back to: the focus returns where it was.
  const returnTo = useRef<Element | null>(null)
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/25 dark:bg-black/50" />
        <Dialog.Content
          onOpenAutoFocus={() => {
            returnTo.current = document.activeElement
          }}
          onCloseAutoFocus={(event) => {
            if (!(returnTo.current instanceof HTMLElement)) return
            event.preventDefault()
            returnTo.current.focus()
          }}
          className="fixed top-1/2 left-1/2 z-50 w-[min(30rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl border border-line bg-surface p-5 shadow-2xl outline-none"
        >
          <div className="flex items-start justify-between gap-4">
            <Dialog.Title className="text-base font-semibold">
              Keyboard shortcuts
            </Dialog.Title>
            <DialogCloseButton label="Close" className="-mt-1 -mr-1" />
          </div>
          <Dialog.Description className="mt-1 text-sm text-muted">
            They work anywhere in {where} except while typing in a field.
          </Dialog.Description>
          <table className="mt-4 w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What they do</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.map(({ keys, what }) => (
                <tr key={what} className="border-t border-line">
                  <td className="py-2 pr-4 align-top whitespace-nowrap">
                    {keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 ? <span className="px-1 text-muted">or</span> : null}
                        <kbd className="rounded border border-line-strong bg-surface-2 px-1.5 py-0.5 font-mono text-xs">
                          {key}
                        </kbd>
                      </span>
                    ))}
                  </td>
                  <td className="py-2">{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
