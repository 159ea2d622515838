import { useCallback } from 'react'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { useStoredState } from '@/lib/use-stored-state'
import { autoRefreshMs, autoRefreshStorageKey, isAutoRefresh } from './auto-refresh'
import { FreshnessControls } from './freshness-controls'
import { NewRecordsButton } from './new-records-button'
import { useNewRecords } from './use-new-records'

type Input = {
  kind: LogKind
  /** The table's accessible name: how its scroller is found to go back to the top. */
  label: string
  search: LogSearch
  now: number
  noun: { one: string; many: string }
  pages: { dataUpdatedAt: number; isFetching: boolean; refetch: () => unknown }
}

/** A log's refresh controls for its toolbar, and its "N new" button for above the rows. */
export function useLogFreshness({ kind, label, search, now, noun, pages }: Input) {
  const [autoRefresh, setAutoRefresh] = useStoredState(
    autoRefreshStorageKey,
    () => 'off' as const,
    isAutoRefresh,
  )
  const { refetch } = pages
  const scrollToTop = useCallback(() => {
    const table = document.querySelector(
      `[role="table"][aria-label="${CSS.escape(label)}"]`,
    )
    table?.parentElement?.scrollTo({ top: 0 })
  }, [label])
  const { newCount, refresh } = useNewRecords({
    kind,
    search,
    now,
    updatedAt: pages.dataUpdatedAt,
    refetch: useCallback(() => void refetch(), [refetch]),
    every: autoRefreshMs[autoRefresh],
    onShowNew: scrollToTop,
  })
  return {
    controls: (
      <FreshnessControls
        updatedAt={pages.dataUpdatedAt}
        isFetching={pages.isFetching}
        onRefresh={refresh}
        autoRefresh={autoRefresh}
        onAutoRefreshChange={setAutoRefresh}
      />
    ),
    newRecords: <NewRecordsButton count={newCount} noun={noun} onShow={refresh} />,
  }
}
