import { getRouteApi } from '@tanstack/react-router'
import { useCallback } from 'react'
import type { LogKind } from '@/domain/log-query'
import { pickLogSearch, type LogSearch } from '@/domain/log-search'
import { clearFilters, hasFilters, patchSearch } from '@/domain/log-search-edit'
import { DroppedParamsNotice } from '@/features/filters/dropped-params-notice'
import { FilterBar } from '@/features/filters/filter-bar'
import { LogVolumeHistogram } from '@/features/insights/lazy-volume-histogram'
import { ActivityLog } from '@/features/logs/activity-log-page'
import type { LogViewProps } from '@/features/logs/log-explorer'
import { TextLog } from '@/features/logs/text-log-page'
import { useViewNow } from '@/lib/use-view-now'
import { useDroppedParams } from '../use-dropped-params'

const routes = { calls: getRouteApi('/calls'), texts: getRouteApi('/texts') } as const
const logs = { calls: ActivityLog, texts: TextLog } as const

/** A log page: its URL state, the notice about ignored settings, and the log itself. */
function LogRoute({ kind }: { kind: LogKind }) {
  const route = routes[kind]
  const search: LogSearch = route.useSearch({ select: pickLogSearch })
  const navigate = route.useNavigate()
  const now = useViewNow(`${search.range ?? ''}|${search.from ?? ''}|${search.to ?? ''}`)
  const [dropped, dismiss] = useDroppedParams(kind)

  const onSearchChange = useCallback<LogViewProps['onSearchChange']>(
    (patch, options) =>
      void navigate({
        search: (previous: LogSearch) => patchSearch(pickLogSearch(previous), patch),
        replace: options?.replace,
      }),
    [navigate],
  )
  const onClearFilters = useCallback(
    () =>
      void navigate({
        search: (previous: LogSearch) => clearFilters(pickLogSearch(previous)),
      }),
    [navigate],
  )

  const Log = logs[kind]
  return (
    <Log
      search={search}
      now={now}
      onSearchChange={onSearchChange}
      onClearFilters={onClearFilters}
      hasFilters={hasFilters(search)}
      toolbar={
        <>
          <FilterBar
            kind={kind}
            search={search}
            now={now}
            onSearchChange={onSearchChange}
            onClearFilters={onClearFilters}
          />
          <DroppedParamsNotice dropped={dropped} onDismiss={dismiss} />
          <LogVolumeHistogram {...{ kind, search, now, onSearchChange }} />
        </>
      }
    />
  )
}

export const CallsRoute = () => <LogRoute kind="calls" />
export const TextsRoute = () => <LogRoute kind="texts" />
