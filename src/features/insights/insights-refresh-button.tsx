import { useQueryClient } from '@tanstack/react-query'
import { RefreshCw } from 'lucide-react'
import { statsKeys } from '@/api/stats'
import { Button } from '@/components/button'
import type { LogSearch } from '@/domain/log-search'
import { advanceViewNow } from '@/lib/use-view-now'

/**
 * Insights up to now: a relative range moves its window to the present (the
 * logs' too: they share the clock); a fixed one asks for its figures again.
 */
export function InsightsRefreshButton({ search }: { search: LogSearch }) {
  const queryClient = useQueryClient()
  return (
    <Button
      size="sm"
      aria-label="Refresh"
      title="Refresh: figures up to now"
      onClick={() => {
        if (search.to === undefined) advanceViewNow()
        else
          void Promise.all(
            (['calls', 'texts'] as const).map((kind) =>
              queryClient.invalidateQueries({ queryKey: statsKeys.all(kind) }),
            ),
          )
      }}
    >
      <RefreshCw aria-hidden className="size-3.5" />
      <span className="ml-1.5 hidden sm:inline">Refresh</span>
    </Button>
  )
}
