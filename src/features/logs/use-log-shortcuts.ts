import { useEffect, useLayoutEffect, useRef } from 'react'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { usePaintedAfter } from '@/lib/use-painted-after'
import type { LogShortcutsOptions } from './log-shortcuts'

const shortcuts = deferredModule(() => import('./shortcuts-kit'))

/**
 * The log's keys (log-shortcuts.ts), listened for once the log has rows on
 * screen: their code loads then, so the first rows never wait for it. And the
 * open record's row kept in view.
 */
export function useLogShortcuts(options: LogShortcutsOptions) {
  // The kit also holds the shortcuts' button and dialog, shown once it is in.
  const latest = useRef(options)
  useLayoutEffect(() => {
    latest.current = options
  })
  const painted = usePaintedAfter(options.records.length > 0)
  const kit = useDeferredModule(shortcuts, painted)
  const listen = kit?.listenForShortcuts
  useEffect(() => listen?.(() => latest.current), [listen])

  // The open record's row stays in view; the focus follows it if it was in the table.
  const { openId, tableHandle } = options
  useEffect(() => {
    if (openId === undefined) return
    if (document.activeElement?.closest('[role=table]'))
      tableHandle.current?.focusRow(openId)
    else tableHandle.current?.revealRow(openId)
  }, [openId, tableHandle])
  return kit
}
