import { focusManager, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import { fetchLogPage } from '@/api/logs'
import { defaultSort, type LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { viewFilters } from '@/domain/log-view'
import { viewWindow } from '@/domain/time-range'
import { advanceViewNow } from '@/lib/use-view-now'

type Input = {
  kind: LogKind
  search: LogSearch
  now: number
  /** When the rows on screen were fetched (epoch ms; 0 before they were). */
  updatedAt: number
  /** Fetches the rows on screen again, same window: in-progress records settle in place. */
  refetch: () => void
  /** Milliseconds between checks; null: no auto-refresh. */
  every: number | null
  /** Brings the top of the log into view once the newer rows are shown. */
  onShowNew: () => void
}

type Pending = { count: number; search: LogSearch; now: number }

/**
 * Fresh rows without losing one's place. A check (auto-refresh, or the window
 * regaining focus once the rows are stale) refetches the rows on screen and
 * counts what arrived after the view's "now"; those wait behind a "N new"
 * button until asked for. An explicit refresh moves the view to now at once.
 */
export function useNewRecords(input: Input) {
  const { kind, search, now, refetch, onShowNew } = input
  const queryClient = useQueryClient()
  const [pending, setPending] = useState<Pending | null>(null)
  const inFlight = useRef<AbortController | null>(null)
  // A relative range ("Last hour", "Today", a lone `from`) runs to now; a fixed one never grows.
  const moving = search.to === undefined

  const check = useEffectEvent(async () => {
    const shown = viewWindow(search, now)
    const latest = viewWindow(search, Date.now())
    if (!moving || latest.to <= shown.to) {
      refetch()
      return
    }
    inFlight.current?.abort()
    const controller = new AbortController()
    inFlight.current = controller
    const filters = {
      ...viewFilters(search, now),
      from: new Date(shown.to).toISOString(),
      to: new Date(latest.to).toISOString(),
    }
    try {
      const page = await fetchLogPage(
        kind,
        { filters, sort: defaultSort },
        null,
        controller.signal,
        1,
      )
      if (!controller.signal.aborted)
        setPending(page.total > 0 ? { count: page.total, search, now } : null)
    } catch {
      // A failed count is not worth a message: the next check tries again.
    }
    // Then the rows on screen again, same window: what was under way has settled.
    if (!controller.signal.aborted) refetch()
  })

  useEffect(() => {
    if (input.every === null) return
    const timer = window.setInterval(() => void check(), input.every)
    return () => {
      window.clearInterval(timer)
    }
  }, [input.every])

  const staleTime = queryClient.getDefaultOptions().queries?.staleTime
  const staleAfter = typeof staleTime === 'number' ? staleTime : 0
  const updatedAt = input.updatedAt
  useEffect(
    () =>
      focusManager.subscribe((focused) => {
        if (focused && updatedAt > 0 && Date.now() - updatedAt > staleAfter) void check()
      }),
    [updatedAt, staleAfter],
  )

  useEffect(() => () => inFlight.current?.abort(), [])

  const refresh = useCallback(() => {
    setPending(null)
    inFlight.current?.abort()
    if (!moving) {
      refetch()
      return
    }
    advanceViewNow()
    onShowNew()
  }, [moving, refetch, onShowNew])

  const current = pending?.search === search && pending.now === now ? pending : null
  return { newCount: current?.count ?? 0, refresh }
}
