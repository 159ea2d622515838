import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { logInfiniteQueryOptions } from '@/api/logs'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { viewQuery } from '@/domain/log-view'

/**
 * Asks for a view's first page as soon as the user changes it, before the
 * page has re-rendered for the new address: the answer is on its way while
 * React works, and the log then finds the request in flight. A view already
 * cached is left alone.
 */
export function usePrefetchView(kind: LogKind) {
  const queryClient = useQueryClient()
  return useCallback(
    (search: LogSearch, now: number) => {
      const options = logInfiniteQueryOptions(kind, viewQuery(kind, search, now))
      if (queryClient.getQueryState(options.queryKey)) return
      // A failure shows where the log renders it; here there is no one to tell.
      queryClient.infiniteQuery(options).catch(() => undefined)
    },
    [kind, queryClient],
  )
}
