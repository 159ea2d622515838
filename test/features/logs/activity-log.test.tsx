import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { callWire, serveLog } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

const table = () => screen.findByRole('table', { name: 'Activity Log' })

describe('Activity Log', () => {
  it('shows each call with its contact, status and Metrics trail, and the total', async () => {
    serveLog('calls', [
      callWire(1),
      callWire(2, { contact: { name: null, number: '+15550109999' } }),
    ])
    renderApp('/calls')
    const log = await table()
    expect(await within(log).findByText('Contact 1')).toBeVisible()
    expect(within(log).getByText('Unknown contact')).toBeVisible()
    // The country's grouping, once the formatter has loaded after the first rows.
    expect(await within(log).findByText('+1 555 010 9999')).toBeVisible()
    expect(screen.getByText('2 calls')).toBeVisible()
    const firstRow = within(log).getAllByRole('row')[1] as HTMLElement
    // Status, then the last two steps of the five-step trail (two lines' worth as
    // they flow behind the marker: In progress, then Completed on the second line).
    expect(within(firstRow).getAllByRole('button', { name: 'Completed' })).toHaveLength(2)
    expect(within(firstRow).getByText('+3 ›')).toBeVisible()
    expect(log).toHaveAttribute('aria-rowcount', '3')
  })

  it('keeps only the active row and its badges in the tab order', async () => {
    serveLog('calls', [callWire(1), callWire(2)])
    const user = userEvent.setup()
    renderApp('/calls')
    const log = await table()
    await within(log).findByText('Contact 2')
    const rows = within(log).getAllByRole('row')
    const first = rows[1] as HTMLElement
    const second = rows[2] as HTMLElement
    expect(first).toHaveAttribute('tabindex', '0')
    expect(second).toHaveAttribute('tabindex', '-1')
    for (const badge of within(second).getAllByRole('button')) {
      expect(badge).toHaveAttribute('tabindex', '-1')
    }
    first.focus()
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(second).toHaveFocus())
    expect(second).toHaveAttribute('tabindex', '0')
    await user.tab()
    expect(document.activeElement?.closest('[role=row]')).toBe(second)
    expect(document.activeElement).toHaveAttribute('data-status', 'routee.call.completed')
  })

  it('shows names full of HTML as text', async () => {
    serveLog('calls', [
      callWire(1, {
        contact: { name: '<img src=x onerror=alert(1)>', number: '+15550100001' },
      }),
    ])
    const { container } = renderApp('/calls')
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeVisible()
    expect(container.querySelector('img')).toBeNull()
  })

  it('asks the API for the new order when a header is clicked', async () => {
    const sorts: (string | null)[] = []
    serveLog('calls', [callWire(1)], {
      onRequest: (params) => sorts.push(params.get('sort')),
    })
    const user = userEvent.setup()
    const { history } = renderApp('/calls')
    const log = await table()
    await within(log).findByText('Contact 1')
    expect(sorts).toEqual(['-time'])
    expect(within(log).getByRole('columnheader', { name: /Time/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )

    await user.click(within(log).getByRole('button', { name: /Duration/ }))
    await waitFor(() => expect(sorts.at(-1)).toBe('-duration'))
    expect(history.location.search).toContain('sort=-duration')
    // The table follows the address a render later (a deferred view).
    await waitFor(() =>
      expect(within(log).getByRole('columnheader', { name: /Duration/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      ),
    )
    await user.click(within(log).getByRole('button', { name: /Duration/ }))
    await waitFor(() => expect(sorts.at(-1)).toBe('duration'))
  })

  it('opens a call in the detail panel, in the URL, and closes it back to its row', async () => {
    serveLog('calls', [callWire(1), callWire(2)])
    const user = userEvent.setup()
    const { history } = renderApp('/calls')
    const log = await table()
    await user.click(await within(log).findByText('Contact 2'))

    const sheet = await screen.findByRole('dialog', { name: 'Call to Contact 2' })
    expect(history.location.search).toContain('id=call-2')
    expect(within(sheet).getByRole('region', { name: 'Metrics' })).toBeVisible()
    expect(within(sheet).getByText('Renewals')).toBeVisible()

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(history.location.search).not.toContain('id=')
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute('data-row-id', 'call-2'),
    )

    await user.keyboard('{ArrowUp}')
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute('data-row-id', 'call-1'),
    )
    await user.keyboard('{Enter}')
    const again = await screen.findByRole('dialog', { name: 'Call to Contact 1' })
    await user.click(within(again).getByRole('button', { name: 'Close details' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('opens a shared link to one call, even one not on the first page', async () => {
    serveLog('calls', [callWire(1), callWire(2), callWire(3)], { pageSize: 1 })
    renderApp('/calls?id=call-3')
    expect(await screen.findByRole('dialog', { name: 'Call to Contact 3' })).toBeVisible()
  })

  it('says when a linked call does not exist', async () => {
    serveLog('calls', [callWire(1)])
    renderApp('/calls?id=call-404')
    expect(await screen.findByText('This call was not found')).toBeVisible()
  })

  it('shows the API’s message and retries on request', async () => {
    let fail = true
    server.use(
      http.get('*/api/v1/calls', () =>
        fail
          ? HttpResponse.json(
              {
                title: 'Unavailable',
                status: 503,
                detail: 'The call store is restarting.',
              },
              { status: 503 },
            )
          : HttpResponse.json({
              data: [callWire(1)],
              next_cursor: null,
              total: 1,
              facets: {},
            }),
      ),
    )
    const user = userEvent.setup()
    renderApp('/calls')
    expect(await screen.findByText('The call store is restarting.')).toBeVisible()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Contact 1')).toBeVisible()
  })

  it('renders a status the catalog does not know, as sent', async () => {
    serveLog('calls', [callWire(1, { status: { code: 'Teleported', key: null } })])
    renderApp('/calls')
    const log = await table()
    expect(await within(log).findByRole('button', { name: /Teleported/ })).toBeVisible()
  })

  it('says which records could not be read, and shows the rest', async () => {
    serveLog('calls', [callWire(1), { ...callWire(2), duration: 'forever' }])
    renderApp('/calls')
    expect(await screen.findByText('Contact 1')).toBeVisible()
    // The notice's code loads when there is something to say.
    expect(await screen.findByRole('status')).toHaveTextContent(
      /1 call could not be read.*call-2/,
    )
  })

  it('says so when no call matches', async () => {
    serveLog('calls', [])
    renderApp('/calls?status=ctm.call.busy')
    expect(await screen.findByText('No calls match these filters')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeVisible()
  })

  it('clears the filters from the empty log, keeping its time range', async () => {
    serveLog('calls', [])
    const { history } = renderApp('/calls?range=7d&status=ctm.call.busy&q=ana')
    await userEvent.click(await screen.findByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(history.location.search).toBe('?range=7d'))
  })

  it('remembers hidden columns', async () => {
    serveLog('calls', [callWire(1)])
    const user = userEvent.setup()
    const first = renderApp('/calls')
    await within(await table()).findByText('Contact 1')
    // Shown at first: otherwise its absence below would prove nothing.
    expect(screen.getByRole('columnheader', { name: 'Agent' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Agent' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('columnheader', { name: 'Agent' })).toBeNull()
    first.unmount()

    renderApp('/calls')
    await within(await table()).findByText('Contact 1')
    expect(screen.queryByRole('columnheader', { name: 'Agent' })).toBeNull()
    expect(screen.getByRole('columnheader', { name: /Duration/ })).toBeVisible()
    localStorage.clear()
  })
})
