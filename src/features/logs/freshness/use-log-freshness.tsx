import { useCallback } from 'react'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { useStoredState } from '@/lib/use-stored-state'
import { autoRefreshMs, autoRefreshStorageKey, isAutoRefresh } from './auto-refresh'
import { FreshnessControls } from './freshness-controls'
import { NewRecordsButton } from './new-records-button'
import { useNewRecords } from './use-new-records'

type Input = {
  kind: LogKind
  search: LogSearch
  now: number
  pages: { dataUpdatedAt: number; isFetching: boolean; refetch: () => unknown }
}

/** A log's refresh controls for its toolbar, and its "N new" button for above the rows. */
export function useLogFreshness({ kind, search, now, pages }: Input) {
  const [autoRefresh, setAutoRefresh] = useStoredState(
    autoRefreshStorageKey,
    () => 'off' as const,
    isAutoRefresh,
  )
  const { refetch } = pages
  // The table is named for its log: that is how its scroller is found to go back to the top.
  const label = logKindInfo[kind].log
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
    newRecords: <NewRecordsButton count={newCount} kind={kind} onShow={refresh} />,
  }
}
