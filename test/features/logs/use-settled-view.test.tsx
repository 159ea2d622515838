import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { patienceMs } from '@/features/logs/use-settled-view'
import { server } from '@/mocks/node'
import { callWire } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

const all = Array.from({ length: 6 }, (_, i) => callWire(i + 1))

/** Every call, or only the busy ones after `wait` ms (forever if null). */
function serveCalls(wait: number | null) {
  server.use(
    http.get('*/api/v1/calls', async ({ request }) => {
      const filtered = new URL(request.url).searchParams.has('status')
      if (filtered) await delay(wait ?? 'infinite')
      const data = filtered ? all.slice(0, 2) : all
      return HttpResponse.json({
        data,
        next_cursor: null,
        total: data.length,
        facets: {},
      })
    }),
  )
}

/** The table's busy state after every commit, from the click on. */
function watchBusy(table: HTMLElement) {
  const states: (string | null)[] = []
  const observer = new MutationObserver(() =>
    states.push(table.getAttribute('aria-busy')),
  )
  observer.observe(document.body, { subtree: true, childList: true, attributes: true })
  return { states, stop: () => observer.disconnect() }
}

describe('a log changing to a new view', { timeout: 30_000 }, () => {
  it('keeps the old rows, untouched, until the new ones are in, then shows them at once', async () => {
    serveCalls(60)
    const { history } = renderApp('/calls')
    const table = await screen.findByRole('table', { name: 'Activity Log' })
    await within(table).findByText('Contact 6')
    const busy = watchBusy(table)

    history.push('/calls?status=routee.call.completed')
    await waitFor(() => expect(within(table).queryByText('Contact 6')).toBeNull())
    busy.stop()
    expect(screen.getByText('2 calls', { selector: 'strong' })).toBeVisible()
    // No in-between render of the old rows marked as updating.
    expect(busy.states).not.toContain('true')
  })

  it('shows the old rows as updating once the new ones are slow', async () => {
    serveCalls(null)
    const { history } = renderApp('/calls')
    const table = await screen.findByRole('table', { name: 'Activity Log' })
    await within(table).findByText('Contact 6')

    const started = performance.now()
    history.push('/calls?status=routee.call.completed')
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'true'))
    expect(performance.now() - started).toBeGreaterThanOrEqual(patienceMs - 20)
    expect(screen.getByText(/· updating…/, { selector: 'span' })).toBeVisible()
    expect(within(table).getByText('Contact 6')).toBeVisible()
  })
})
