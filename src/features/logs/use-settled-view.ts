import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { logInfiniteQueryOptions } from '@/api/logs'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { viewQuery } from '@/domain/log-view'

export type LogView = { search: LogSearch; now: number }

/** How long the old rows stay, untouched, while the new view's first page is on its way. */
export const patienceMs = 150

/**
 * The view a log shows, a step behind the address: a new view is shown once
 * its first page has come in (asked for by the click that made it), or after
 * `patienceMs` if it is slow, when the old rows show as updating. So a quick
 * answer is drawn in one render, with no placeholder render before it, and
 * the page's thread is free for that answer when it comes.
 */
export function useSettledView(kind: LogKind, next: LogView): LogView {
  const queryClient = useQueryClient()
  const [view, setView] = useState(next)

  useEffect(() => {
    if (view === next) return
    // Not a transition: the rows are in hand, and a render that yields to the
    // browser between rows only paints them later.
    const show = () => setView(next)
    const cache = queryClient.getQueryCache()
    const { queryKey } = logInfiniteQueryOptions(
      kind,
      viewQuery(kind, next.search, next.now),
    )
    const query = cache.find({ queryKey, exact: true })
    // Nothing on its way (Back, Forward, a typed address), or already in: show it now.
    if (query?.state.status !== 'pending' || query.state.fetchStatus !== 'fetching') {
      show()
      return
    }
    const timer = window.setTimeout(show, patienceMs)
    const unsubscribe = cache.subscribe((event) => {
      if (event.query === query && query.state.status !== 'pending') show()
    })
    return () => {
      window.clearTimeout(timer)
      unsubscribe()
    }
  }, [kind, next, view, queryClient])

  return view
}
