import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ageLabel, autoRefreshStorageKey } from '@/features/logs/freshness/auto-refresh'
import { server } from '@/mocks/node'
import { callWire, serveLog } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

afterEach(() => {
  vi.useRealTimers()
  localStorage.clear()
})

const rows = [1, 2, 3].map((n) => callWire(n))

describe('how old the rows are', () => {
  it('reads as a person would say it', () => {
    expect(ageLabel(1_200)).toBe('just now')
    expect(ageLabel(12_400)).toBe('12 s ago')
    expect(ageLabel(3 * 60_000 + 5_000)).toBe('3 min ago')
    expect(ageLabel(2 * 3_600_000)).toBe('2 h ago')
    expect(ageLabel(-50)).toBe('just now')
  })
})

describe('fresh data in a log', () => {
  it('Refresh asks for the log up to the present; the label is not a live region', async () => {
    const asked: string[] = []
    serveLog('calls', rows, {
      onRequest: (params) => asked.push(params.get('to') ?? ''),
    })
    const user = userEvent.setup()
    renderApp('/calls?range=1h')
    const label = await screen.findByText(/^Updated/)
    expect(label.closest('[aria-live]')).toBeNull()
    await waitFor(() => expect(asked.length).toBeGreaterThan(0))
    const first = asked.at(-1) ?? ''
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    await waitFor(() =>
      expect(Date.parse(asked.at(-1) ?? '')).toBeGreaterThan(Date.parse(first)),
    )
  })

  it('auto-refresh is remembered, and new calls wait behind a button', async () => {
    serveLog('calls', rows)
    // The count of what arrived since the view's "now": three calls.
    server.use(
      http.get('*/api/v1/calls', ({ request }) =>
        new URL(request.url).searchParams.get('limit') === '1'
          ? HttpResponse.json({ data: [], next_cursor: null, total: 3, facets: {} })
          : undefined,
      ),
    )
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) })
    renderApp('/calls?range=today')
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    await within(log).findByText('Contact 1')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Auto-refresh' }),
      '15s',
    )
    expect(JSON.parse(localStorage.getItem(autoRefreshStorageKey) ?? '""')).toBe('15s')

    await act(() => vi.advanceTimersByTimeAsync(15_000))
    const button = await screen.findByRole('button', { name: '3 new calls' })
    // The rows stay as they were until asked.
    expect(within(log).getAllByRole('row')[1]).toHaveTextContent('Contact 1')
    await user.click(button)
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /new calls/ })).toBeNull(),
    )
  })
})
