import { getRouteApi } from '@tanstack/react-router'
import {
  createContext,
  memo,
  use,
  useCallback,
  useMemo,
  type ComponentType,
  type ReactNode,
} from 'react'
import type { LogKind } from '@/domain/log-query'
import { pickLogSearch, type LogSearch } from '@/domain/log-search'
import { clearFilters, hasFilters, patchSearch, rangeKey } from '@/domain/log-search-edit'
import { DroppedParamsNotice } from '@/features/filters/dropped-params-notice'
import { FilterBar } from '@/features/filters/filter-bar'
import { LogVolumeHistogram } from '@/features/insights/lazy-volume-histogram'
import type { LogViewProps } from '@/features/logs/log-explorer'
import { usePrefetchView } from '@/features/logs/use-prefetch-view'
import { useSettledView } from '@/features/logs/use-settled-view'
import { useViewNow } from '@/lib/use-view-now'
import { importActions } from '../import-button'
import { useDroppedParams } from '../use-dropped-params'

const routes = { calls: getRouteApi('/calls'), texts: getRouteApi('/texts') } as const

type LogRouteProps = { kind: LogKind; log: ComponentType<LogViewProps> }

/**
 * A log page: its URL state, the notice about ignored settings, and the log
 * itself. Each log comes from its own route chunk, so a page loads its columns only.
 */
export function LogRoute({ kind, log: Log }: LogRouteProps) {
  const route = routes[kind]
  const search: LogSearch = route.useSearch({ select: pickLogSearch })
  const navigate = route.useNavigate()
  const now = useViewNow(rangeKey(search))
  const [dropped, dismiss] = useDroppedParams(kind)

  const prefetch = usePrefetchView(kind)
  const onSearchChange = useCallback<LogViewProps['onSearchChange']>(
    (patch, options) =>
      void navigate({
        search: (previous: LogSearch) => {
          const next = patchSearch(pickLogSearch(previous), patch)
          // Same range, same instant: the view's query is known before it renders.
          if (rangeKey(next) === rangeKey(previous)) prefetch(next, now)
          return next
        },
        replace: options?.replace,
      }),
    [navigate, prefetch, now],
  )
  const onClearFilters = useCallback(
    () =>
      void navigate({
        search: (previous: LogSearch) => clearFilters(pickLogSearch(previous)),
      }),
    [navigate],
  )

  // The filter bar answers a click at once; the log and its histogram follow
  // once the new view's rows are in (or are slow), in one render.
  const view = useSettledView(
    kind,
    useMemo(() => ({ search, now }), [search, now]),
  )

  const toolbar = (
    <>
      <FilterBar
        kind={kind}
        search={search}
        now={now}
        onSearchChange={onSearchChange}
        onClearFilters={onClearFilters}
      />
      <DroppedParamsNotice dropped={dropped} onDismiss={dismiss} />
      <DeferredHistogram
        kind={kind}
        search={view.search}
        now={view.now}
        onSearchChange={onSearchChange}
      />
    </>
  )

  // The toolbar reaches the log through context, so a click that changes only
  // the toolbar re-renders only the toolbar: the (memoised) log waits for its view.
  return (
    <ToolbarSlot value={toolbar}>
      <Log
        search={view.search}
        now={view.now}
        onSearchChange={onSearchChange}
        onClearFilters={onClearFilters}
        hasFilters={hasFilters(view.search)}
        toolbar={toolbarOutlet}
        moreActions={importActions?.[kind]}
      />
    </ToolbarSlot>
  )
}

const ToolbarSlot = createContext<ReactNode>(null)
const ToolbarOutlet = () => use(ToolbarSlot)
const toolbarOutlet = <ToolbarOutlet />

/** Re-renders only once the log's view changes, not with the filter bar. */
const DeferredHistogram = memo(LogVolumeHistogram)
