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
import { hasFilters, patchSearch, rangeKey } from '@/domain/log-search-edit'
import { DroppedParamsNotice } from '@/features/filters/dropped-params-notice'
import { LogFilterBar } from '@/features/filters/log-filter-bar'
import { LogVolumeHistogram } from '@/features/insights/histogram/lazy-volume-histogram'
import { useFirstRowsPainted } from '@/features/insights/histogram/use-first-rows-painted'
import type { LogViewProps } from '@/features/logs/log-explorer'
import { usePrefetchView } from '@/features/logs/use-prefetch-view'
import { useSettledView } from '@/features/logs/use-settled-view'
import { ViewsMenu } from '@/features/views/views-menu'
import { useViewNow } from '@/lib/use-view-now'
import { stringifySearch } from '../search-params'
import { AccountZoneGate } from '../account-zone-gate'
import { importActions } from '../import-button'
import { useDroppedParams } from '../use-dropped-params'
import { useZonedSearch, withZone } from '../use-zoned-search'
import { useDisplayZone } from '@/lib/display-zone'

const routes = { calls: getRouteApi('/calls'), texts: getRouteApi('/texts') } as const

type LogRouteProps = { kind: LogKind; log: ComponentType<LogViewProps> }

/**
 * A log page: its URL state, the notice about ignored settings, and the log
 * itself. Each log comes from its own route chunk, so a page loads its columns only.
 */
export function LogRoute(props: LogRouteProps) {
  return (
    <AccountZoneGate>
      <LogPage {...props} />
    </AccountZoneGate>
  )
}

function LogPage({ kind, log: Log }: LogRouteProps) {
  const route = routes[kind]
  const search = useZonedSearch(route.useSearch({ select: pickLogSearch }))
  const { formatZone } = useDisplayZone()
  const navigate = route.useNavigate()
  const now = useViewNow(rangeKey(search))
  const [dropped, dismiss] = useDroppedParams(kind)
  // Every parameter in the URL, for the saved views (those of other features too).
  const fullSearch: Record<string, unknown> = route.useSearch()
  // The saved views' code loads once the first rows are on screen.
  const rowsPainted = useFirstRowsPainted(kind)

  const prefetch = usePrefetchView(kind)
  const onSearchChange = useCallback<LogViewProps['onSearchChange']>(
    (patch, options) =>
      void navigate({
        search: (previous: LogSearch) => {
          const next = patchSearch(pickLogSearch(previous), patch)
          // Same range, same instant: the view's query is known before it renders.
          if (rangeKey(next) === rangeKey(previous))
            prefetch(withZone(next, formatZone), now)
          return next
        },
        replace: options?.replace,
      }),
    [navigate, prefetch, now, formatZone],
  )

  // The filter bar answers a click at once; the log and its histogram follow
  // once the new view's rows are in (or are slow), in one render.
  const view = useSettledView(
    kind,
    useMemo(() => ({ search, now }), [search, now]),
  )

  const toolbar = (
    <>
      <LogFilterBar
        kind={kind}
        search={search}
        now={now}
        onSearchChange={onSearchChange}
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

  const onApplyView = useCallback(
    (params: Record<string, string>) =>
      void navigate({ href: `/${kind}${stringifySearch(params)}` }),
    [navigate, kind],
  )
  const views = (
    <ViewsMenu
      scope={kind}
      search={fullSearch}
      onApply={onApplyView}
      ready={rowsPainted}
    />
  )

  // The toolbar reaches the log through context, so a click that changes only
  // the toolbar re-renders only the toolbar: the (memoised) log waits for its view.
  return (
    <ToolbarSlot value={toolbar}>
      <HeaderSlot value={views}>
        <Log
          search={view.search}
          now={view.now}
          onSearchChange={onSearchChange}
          hasFilters={hasFilters(view.search)}
          toolbar={toolbarOutlet}
          headerActions={headerOutlet}
          moreActions={importActions?.[kind]}
        />
      </HeaderSlot>
    </ToolbarSlot>
  )
}

const ToolbarSlot = createContext<ReactNode>(null)
const ToolbarOutlet = () => use(ToolbarSlot)
const toolbarOutlet = <ToolbarOutlet />
const HeaderSlot = createContext<ReactNode>(null)
const HeaderOutlet = () => use(HeaderSlot)
const headerOutlet = <HeaderOutlet />

/** Re-renders only once the log's view changes, not with the filter bar. */
const DeferredHistogram = memo(LogVolumeHistogram)
