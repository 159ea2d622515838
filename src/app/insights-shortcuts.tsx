import { useEffect, useRef, useState } from 'react'
import type { LogShortcutsOptions } from '@/features/logs/log-shortcuts'
import type { Shortcut } from '@/features/logs/shortcuts-dialog'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'

const kit = deferredModule(() => import('@/features/logs/shortcuts-kit'))

/** The keys that apply on Insights: it has no records to step through. */
const insightsShortcuts: readonly Shortcut[] = [
  { keys: ['/'], what: 'Search' },
  { keys: ['Esc'], what: 'Close the open menu or popover' },
  { keys: ['?'], what: 'Show these shortcuts' },
]

/**
 * The logs' `/` and `?` on Insights, with the same button and list: `/`
 * focuses the page's search box, `?` opens the list of what applies here.
 */
export function InsightsShortcuts({ ready }: { ready: boolean }) {
  const [open, setOpen] = useState(false)
  const module = useDeferredModule(kit, ready)
  // No records, no table to move through: only search and help do anything.
  const options = useRef<LogShortcutsOptions>({
    records: [],
    openId: undefined,
    panelRef: { current: null },
    tableHandle: { current: null },
    onStep: () => {},
    onHelp: () => setOpen(true),
  })
  const listen = module?.listenForShortcuts
  useEffect(() => listen?.(() => options.current), [listen])
  if (!module) return null
  return (
    <>
      <module.ShortcutsButton onClick={() => setOpen(true)} />
      <module.LazyShortcutsDialog
        open={open}
        onOpenChange={setOpen}
        shortcuts={insightsShortcuts}
        where="Insights"
      />
    </>
  )
}
