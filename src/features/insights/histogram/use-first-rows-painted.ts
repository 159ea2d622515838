import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import { logKeys } from '@/api/logs'
import type { LogKind } from '@/domain/log-query'
import { usePaintedAfter } from '@/lib/use-painted-after'

/**
 * Whether the log's first page has come in and been painted, latched: the
 * histogram's code and figures are asked for only then, so the first rows
 * never wait for them, and later list fetches (scrolling, a new filter)
 * change nothing here.
 */
export function useFirstRowsPainted(kind: LogKind): boolean {
  return usePaintedAfter(useFirstListSettled(kind))
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
