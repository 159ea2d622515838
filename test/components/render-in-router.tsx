import { render } from '@testing-library/react'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import type { ReactNode } from 'react'

/**
 * Renders shared UI the way the app does: inside the tooltip provider and a
 * router (badge tooltips link to the glossary), with a stand-in glossary page.
 */
export function renderInRouter(ui: ReactNode) {
  const rootRoute = createRootRoute({
    component: () => (
      <>
        {ui}
        <Outlet />
      </>
    ),
  })
  const indexRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
  })
  const statusesRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: 'statuses',
    component: () => <h1>Statuses</h1>,
  })
  const router = createRouter({
    routeTree: rootRoute.addChildren([indexRoute, statusesRoute]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  const result = render(<RouterProvider router={router} />)
  return { ...result, router }
}
