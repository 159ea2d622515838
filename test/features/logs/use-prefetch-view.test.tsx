import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { logInfiniteQueryOptions } from '@/api/logs'
import { createQueryClient } from '@/app/query-client'
import type { LogSearch } from '@/domain/log-search'
import { viewQuery } from '@/domain/log-view'
import { usePrefetchView } from '@/features/logs/use-prefetch-view'
import { server } from '@/mocks/node'
import { renderApp } from '../../support/render-app'

const now = Date.parse('2026-03-18T16:30:00.000Z')

function setup() {
  const queryClient = createQueryClient({ retry: false })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const { result } = renderHook(() => usePrefetchView('calls'), { wrapper })
  const lists: URLSearchParams[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname === '/api/v1/calls') lists.push(url.searchParams)
  })
  return { prefetch: result.current, queryClient, lists }
}

describe('usePrefetchView', () => {
  it('asks for a new view’s first page once, under the key the log will read', async () => {
    const { prefetch, queryClient, lists } = setup()
    const search: LogSearch = { range: '7d', direction: ['inbound'] }
    prefetch(search, now)
    prefetch(search, now)
    const key = logInfiniteQueryOptions('calls', viewQuery('calls', search, now)).queryKey
    await waitFor(() => expect(queryClient.getQueryState(key)?.status).toBe('success'))
    expect(lists).toHaveLength(1)
    expect(lists[0]?.get('direction')).toBe('inbound')
  })

  it('leaves a view that is already cached alone', async () => {
    const { prefetch, queryClient, lists } = setup()
    const search: LogSearch = { range: '30d' }
    const options = logInfiniteQueryOptions('calls', viewQuery('calls', search, now))
    await queryClient.infiniteQuery(options)
    expect(lists).toHaveLength(1)
    prefetch(search, now)
    expect(queryClient.isFetching()).toBe(0)
    expect(lists).toHaveLength(1)
  })
})

describe('a filter change in the Activity Log', () => {
  it('asks for the new rows once: the log reads the request already in flight', async () => {
    const lists: URLSearchParams[] = []
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url)
      if (url.pathname === '/api/v1/calls') lists.push(url.searchParams)
    })
    const user = userEvent.setup()
    const { history } = renderApp('/calls?range=90d')
    await screen.findByText(/^[\d,]+ calls$/, {}, { timeout: 10_000 })
    await user.click(await screen.findByRole('button', { name: 'Direction' }))
    await user.click(await screen.findByRole('checkbox', { name: /Outbound/ }))
    await waitFor(() => expect(history.location.search).toContain('direction=outbound'))
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Activity Log' })).toHaveAttribute(
        'aria-busy',
        'false',
      ),
    )
    const outbound = lists.filter(
      (params) => params.get('direction') === 'outbound' && !params.has('cursor'),
    )
    expect(outbound).toHaveLength(1)
  })
})
