import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useCallback, useMemo } from 'react'
import type { LogKind } from '@/domain/log-query'
import { pickLogSearch, type LogSearch } from '@/domain/log-search'
import { patchSearch, rangeKey } from '@/domain/log-search-edit'
import { DroppedParamsNotice } from '@/features/filters/dropped-params-notice'
import { filterBarPages } from '@/features/filters/facet-specs'
import { FilterBar } from '@/features/filters/filter-bar'
import { InsightsPage } from '@/features/insights/insights-page'
import { statsFacets } from '@/features/insights/stats-facets'
import { useInsightsStats } from '@/features/insights/use-insights-stats'
import { ViewsMenu } from '@/features/views/views-menu'
import { useViewNow } from '@/lib/use-view-now'
import { AccountZoneGate } from '../account-zone-gate'
import { InsightsShortcuts } from '../insights-shortcuts'
import { stringifySearch } from '../search-params'
import { useDroppedParams } from '../use-dropped-params'
import { useZonedSearch } from '../use-zoned-search'

const route = getRouteApi('/insights')
const logPaths = { calls: '/calls', texts: '/texts' } as const

/** Insights: the page's URL state, its filter bar fed by its own stats, and the charts. */
export function InsightsRoute() {
  return (
    <AccountZoneGate>
      <Insights />
    </AccountZoneGate>
  )
}

function Insights() {
  const search = useZonedSearch(route.useSearch({ select: pickLogSearch }))
  const navigate = route.useNavigate()
  const navigateAnywhere = useNavigate()
  const now = useViewNow(rangeKey(search))
  const [dropped, dismiss] = useDroppedParams('insights')
  const stats = useInsightsStats(search, now)

  const callStats = stats.calls.current.data
  const textStats = stats.texts.current.data
  const { enabled: callsOn } = stats.calls
  const { enabled: textsOn } = stats.texts
  const counts = useMemo(
    () => ({
      calls: statsFacets(callStats, search, callsOn),
      texts: statsFacets(textStats, search, textsOn),
    }),
    [callStats, textStats, callsOn, textsOn, search],
  )

  const onSearchChange = useCallback(
    (patch: Partial<LogSearch>) =>
      void navigate({
        search: (previous: LogSearch) => patchSearch(pickLogSearch(previous), patch),
      }),
    [navigate],
  )
  const onApplyView = useCallback(
    (params: Record<string, string>) =>
      void navigate({ href: `/insights${stringifySearch(params)}` }),
    [navigate],
  )
  const fullSearch: Record<string, unknown> = route.useSearch()
  // The views' and keys' code loads once the first figures are in.
  const ready = Boolean(callStats ?? textStats)
  const actions = useMemo(
    () => (
      <>
        <ViewsMenu
          scope="insights"
          search={fullSearch}
          onApply={onApplyView}
          ready={ready}
        />
        <InsightsShortcuts ready={ready} />
      </>
    ),
    [fullSearch, onApplyView, ready],
  )
  const onOpenLog = useCallback(
    (kind: LogKind, view: LogSearch) =>
      void navigateAnywhere({ to: logPaths[kind], search: view }),
    [navigateAnywhere],
  )

  return (
    <InsightsPage
      search={search}
      now={now}
      stats={stats}
      onOpenLog={onOpenLog}
      headerActions={actions}
      filterBar={
        <>
          <FilterBar
            page={filterBarPages.insights}
            search={search}
            now={now}
            counts={counts}
            onSearchChange={onSearchChange}
          />
          <DroppedParamsNotice dropped={dropped} onDismiss={dismiss} />
        </>
      }
    />
  )
}
