import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
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
  const hasRows = options.records.length > 0
  // The frame after the rows render, then a task: the rows are on screen.
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!hasRows || painted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [hasRows, painted])
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
