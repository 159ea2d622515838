import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { logKeys } from '@/api/logs'
import { server } from '@/mocks/node'
import { callWire } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

// The detail's code loads on first use, slow on a busy machine.
const slow = { timeout: 15_000 }

const calls = Array.from({ length: 40 }, (_, i) => callWire(i + 1))
const unavailable = () =>
  HttpResponse.json(
    { title: 'Unavailable', status: 503, detail: 'The call store is restarting.' },
    { status: 503 },
  )

/** The calls in pages of 20; the API fails while `down` says so. */
function flakyLog(down: (cursor: number) => boolean) {
  const cursors: number[] = []
  server.use(
    http.get('*/api/v1/calls', ({ request }) => {
      const cursor = Number(new URL(request.url).searchParams.get('cursor') ?? 0)
      cursors.push(cursor)
      if (down(cursor)) return unavailable()
      return HttpResponse.json({
        data: calls.slice(cursor, cursor + 20),
        next_cursor: cursor + 20 < calls.length ? String(cursor + 20) : null,
        total: calls.length,
        facets: {},
      })
    }),
    http.get('*/api/v1/calls/:id', () => unavailable()),
  )
  return { cursors }
}

describe('when the API fails with rows already on screen', () => {
  it('keeps them when more rows cannot load, says why, and Retry loads them', async () => {
    let down = true
    const log = flakyLog((cursor) => down && cursor > 0)
    const user = userEvent.setup()
    renderApp('/calls')
    const alert = await screen.findByRole('alert', undefined, slow)
    expect(alert).toHaveTextContent(
      'Could not load more rows: The call store is restarting.',
    )
    const table = screen.getByRole('table', { name: 'Activity Log' })
    expect(within(table).getByText('Contact 1')).toBeVisible()

    down = false
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(log.cursors.filter((cursor) => cursor === 20).length).toBe(2)
    expect(within(table).getByText('Contact 1')).toBeVisible()
  })

  it('keeps them when a refresh fails, says why, and Retry refreshes', async () => {
    let down = false
    flakyLog(() => down)
    const user = userEvent.setup()
    const { queryClient } = renderApp('/calls')
    const table = await screen.findByRole('table', { name: 'Activity Log' }, slow)
    await within(table).findByText('Contact 1')
    await waitFor(() => expect(screen.getByText('40 calls')).toBeVisible())

    down = true
    await queryClient.refetchQueries({ queryKey: logKeys.all('calls') })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Could not refresh the rows: The call store is restarting.',
    )
    expect(within(table).getByText('Contact 1')).toBeVisible()
    expect(screen.getByText('40 calls')).toBeVisible()

    down = false
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(within(table).getByText('Contact 1')).toBeVisible()
  })

  it('keeps the list’s copy of a record whose details cannot load', async () => {
    flakyLog(() => false)
    const user = userEvent.setup()
    renderApp('/calls')
    const table = await screen.findByRole('table', { name: 'Activity Log' })
    await user.click(await within(table).findByText('Contact 2'))
    const sheet = await screen.findByRole('dialog', { name: 'Call to Contact 2' }, slow)
    const alert = await within(sheet).findByRole('alert', undefined, slow)
    expect(alert).toHaveTextContent('The call store is restarting.')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
    expect(within(sheet).getByRole('region', { name: 'Metrics' })).toBeVisible()
    expect(within(sheet).getByText('Renewals')).toBeVisible()
  })
})

describe('a new sort', () => {
  it('refills the rows on screen in place: the same row elements, the focus kept', async () => {
    const list = Array.from({ length: 8 }, (_, i) => callWire(i + 1))
    server.use(
      http.get('*/api/v1/calls', ({ request }) => {
        const sort = new URL(request.url).searchParams.get('sort') ?? '-time'
        const data = sort === 'duration' ? list : [...list].reverse()
        return HttpResponse.json({
          data,
          next_cursor: null,
          total: list.length,
          facets: {},
        })
      }),
    )
    const { history } = renderApp('/calls?sort=-duration')
    const table = await screen.findByRole('table', { name: 'Activity Log' }, slow)
    await within(table).findByText('Contact 8')
    const rowAt = (index: number) =>
      table.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`)
    const first = rowAt(0)
    const third = rowAt(2)
    expect(first).toHaveTextContent('Contact 8')
    third?.focus()

    history.push('/calls?sort=duration')
    await waitFor(() => expect(rowAt(0)).toHaveTextContent('Contact 1'))
    expect(rowAt(0)).toBe(first)
    expect(rowAt(0)?.dataset.rowId).toBe('call-1')
    expect(rowAt(7)).toHaveTextContent('Contact 8')
    // The keyboard user's place in the table survives the new order.
    expect(rowAt(2)).toBe(third)
    expect(document.activeElement).toBe(third)
  })
})
