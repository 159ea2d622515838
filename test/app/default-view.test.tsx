import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { markApplied } from '@/features/views/view-store'
import { callWire, serveLog } from '../support/fixtures'
import { renderApp } from '../support/render-app'

const store = (defaultId: string | undefined) =>
  window.localStorage.setItem(
    'callboard.views.calls',
    JSON.stringify({
      views: [
        {
          id: 'v1',
          name: 'Inbound this week',
          params: { range: '7d', direction: 'inbound' },
          columns: { 'callboard.columns.calls': { source: false } },
        },
      ],
      defaultId,
    }),
  )

afterEach(() => {
  window.localStorage.clear()
  markApplied('calls', undefined)
})

describe('the default saved view', () => {
  it('opens on a bare /calls, with its columns, and the button names it', async () => {
    store('v1')
    serveLog('calls', [callWire(1)])
    const { history } = renderApp('/calls')
    await waitFor(() =>
      expect(history.location.search).toBe('?range=7d&direction=inbound'),
    )
    expect(
      await screen.findByRole('button', { name: 'View: Inbound this week' }),
    ).toBeVisible()
    expect(window.localStorage.getItem('callboard.columns.calls')).toBe(
      '{"source":false}',
    )
  })

  it('gives way to any parameter in the address', async () => {
    store('v1')
    serveLog('calls', [callWire(1)])
    const { history } = renderApp('/calls?range=1h')
    expect(await screen.findByRole('button', { name: 'Views' })).toBeVisible()
    expect(history.location.search).toBe('?range=1h')
  })

  it('does nothing when no view is the default', async () => {
    store(undefined)
    serveLog('calls', [callWire(1)])
    const { history } = renderApp('/calls')
    expect(await screen.findByRole('button', { name: 'Views' })).toBeVisible()
    expect(history.location.search).toBe('')
  })
})
