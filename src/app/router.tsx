import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router'
import { validateGlossarySearch } from '@/features/statuses/glossary-search'
import { NotFound } from './not-found'
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
  component: lazyRouteComponent(
    () => import('@/features/logs/activity-log-page'),
    'ActivityLogPage',
  ),
})

const textsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'texts',
  component: lazyRouteComponent(
    () => import('@/features/logs/text-log-page'),
    'TextLogPage',
  ),
})

const insightsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'insights',
  component: lazyRouteComponent(
    () => import('@/features/insights/insights-page'),
    'InsightsPage',
  ),
})

const statusesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'statuses',
  validateSearch: validateGlossarySearch,
  component: lazyRouteComponent(
    () => import('@/features/statuses/statuses-page'),
    'StatusesPage',
  ),
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
    defaultErrorComponent: SectionError,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
