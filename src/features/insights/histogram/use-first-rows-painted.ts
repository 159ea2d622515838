import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { logKeys } from '@/api/logs'
import type { LogKind } from '@/domain/log-query'

/**
 * Whether the log's first page has come in and been painted, latched: the
 * histogram's code and figures are asked for only then, so the first rows
 * never wait for them, and later list fetches (scrolling, a new filter)
 * change nothing here.
 */
export function useFirstRowsPainted(kind: LogKind): boolean {
  const settled = useFirstListSettled(kind)
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!settled) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // The frame after the rows render, then a task: the rows are on screen.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [settled])
  return painted
}

function useFirstListSettled(kind: LogKind): boolean {
  const queryClient = useQueryClient()
  const settled = useRef(false)
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  )
  return useSyncExternalStore(subscribe, () => {
    // Answered, not merely idle: before its first fetch starts, the list is idle too.
    settled.current ||= queryClient
      .getQueryCache()
      .findAll({ queryKey: logKeys.lists(kind) })
      .some((query) => query.state.status !== 'pending')
    return settled.current
  })
}
