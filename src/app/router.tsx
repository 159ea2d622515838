import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router'
import { withEveryKey, type LogSearch } from '@/domain/log-search'
import { decodeLogSearch } from '@/domain/log-search-codec'
import { validateGlossarySearch } from '@/features/statuses/glossary-search'
import { openDefaultView } from './default-view'
import { NotFound } from './not-found'
import { parseSearch, stringifySearch } from './search-params'
import { SectionError } from './section-error'
import { Shell } from './shell'

export type RouterContext = { queryClient: QueryClient }

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Shell,
  notFoundComponent: NotFound,
})

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/calls', replace: true })
  },
})

const callsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'calls',
  validateSearch: (raw: Record<string, unknown>): LogSearch =>
    withEveryKey(decodeLogSearch('calls', raw).search),
  beforeLoad: ({ location, cause }) => openDefaultView('calls', location, cause),
  component: lazyRouteComponent(() => import('./routes/calls-route'), 'CallsRoute'),
})

const textsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'texts',
  validateSearch: (raw: Record<string, unknown>): LogSearch =>
    withEveryKey(decodeLogSearch('texts', raw).search),
  beforeLoad: ({ location, cause }) => openDefaultView('texts', location, cause),
  component: lazyRouteComponent(() => import('./routes/texts-route'), 'TextsRoute'),
})

const insightsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'insights',
  validateSearch: (raw: Record<string, unknown>): LogSearch =>
    withEveryKey(decodeLogSearch('insights', raw).search),
  beforeLoad: ({ location, cause }) => openDefaultView('insights', location, cause),
  component: lazyRouteComponent(() => import('./routes/insights-route'), 'InsightsRoute'),
})

const statusesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'statuses',
  validateSearch: validateGlossarySearch,
  component: lazyRouteComponent(() => import('./routes/statuses-route'), 'StatusesRoute'),
})

export const routeTree = rootRoute.addChildren([
  indexRoute,
  callsRoute,
  textsRoute,
  insightsRoute,
  statusesRoute,
])

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    history,
    defaultPreload: 'intent',
    // Selected search values keep their identity while equal, so memoised views hold.
    defaultStructuralSharing: true,
    parseSearch,
    stringifySearch,
    defaultErrorComponent: SectionError,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
