import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { serveLog, textWire } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

const table = () => screen.findByRole('table', { name: 'Text Log' })

describe('Text Log', () => {
  it('shows each text under the Text Log’s columns, and the total', async () => {
    serveLog('texts', [
      textWire(1),
      textWire(2, {
        direction: 'inbound',
        contact: { name: null, number: '+15550109999' },
        from: '+15550109999',
        to: '+15550100001',
        body: 'Can I move it to Friday?',
        status: { code: 'Received', key: 'ctm.text.received' },
        trail: [],
      }),
    ])
    renderApp('/texts')
    const log = await table()
    expect(await within(log).findByText('Texter 1')).toBeVisible()
    const headers = within(log)
      .getAllByRole('columnheader')
      .map((header) => header.textContent)
    // Segments shows on screens wider than this laptop-sized one.
    expect(headers).toEqual([
      'Time',
      'Direction',
      'From',
      'To',
      'Contact',
      'Message',
      'Status',
      'Metrics',
    ])
    expect(screen.getByText('2 texts')).toBeVisible()

    const rows = within(log).getAllByRole('row')
    const outbound = rows[1] as HTMLElement
    expect(within(outbound).getByText(/appointment 1 is confirmed/)).toBeVisible()
    expect(
      within(outbound).getAllByRole('button', { name: 'Delivered' }),
    ).not.toHaveLength(0)
    const inbound = rows[2] as HTMLElement
    expect(within(inbound).getByText('Unknown contact')).toBeVisible()
    expect(within(inbound).getByText('Inbound')).toBeVisible()
    expect(await within(inbound).findAllByText('+1 555 010 9999')).not.toHaveLength(0)
    expect(within(inbound).getByText('Can I move it to Friday?')).toBeVisible()
    expect(within(inbound).getAllByRole('button', { name: 'Received' })).not.toHaveLength(
      0,
    )
  })

  it('asks the API for the new order when a header is clicked', async () => {
    const sorts: (string | null)[] = []
    serveLog('texts', [textWire(1)], {
      onRequest: (params) => sorts.push(params.get('sort')),
    })
    const user = userEvent.setup()
    const { history } = renderApp('/texts')
    const log = await table()
    await within(log).findByText('Texter 1')
    expect(sorts).toEqual(['-time'])
    const status = () => within(log).getByRole('columnheader', { name: /Status/ })
    expect(status()).not.toHaveAttribute('aria-sort', 'ascending')

    await user.click(within(log).getByRole('button', { name: /Status/ }))
    await waitFor(() => expect(sorts.at(-1)).toBe('status'))
    expect(history.location.search).toContain('sort=status')
    // The table follows the address a render later (a deferred view).
    await waitFor(() => expect(status()).toHaveAttribute('aria-sort', 'ascending'))
    expect(within(log).getByRole('columnheader', { name: /Time/ })).not.toHaveAttribute(
      'aria-sort',
      'descending',
    )

    await user.click(within(log).getByRole('button', { name: /Status/ }))
    await waitFor(() => expect(sorts.at(-1)).toBe('-status'))
    await waitFor(() => expect(status()).toHaveAttribute('aria-sort', 'descending'))
  })

  it('opens a text in the detail panel and closes it back to its row', async () => {
    serveLog('texts', [textWire(1), textWire(2)])
    const user = userEvent.setup()
    const { history } = renderApp('/texts')
    const log = await table()
    await user.click(await within(log).findByText('Texter 2'))

    const sheet = await screen.findByRole('dialog', { name: 'Text to Texter 2' })
    expect(history.location.search).toContain('id=text-2')
    expect(
      within(sheet).getByText(
        'Hi! Your appointment 2 is confirmed for tomorrow at 10:00.',
      ),
    ).toBeVisible()
    expect(within(sheet).getByRole('region', { name: 'Metrics' })).toBeVisible()

    await user.click(within(sheet).getByRole('button', { name: 'Close details' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(history.location.search).not.toContain('id=')
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute('data-row-id', 'text-2'),
    )

    await user.keyboard('{ArrowUp}{Enter}')
    expect(await screen.findByRole('dialog', { name: 'Text to Texter 1' })).toBeVisible()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute('data-row-id', 'text-1'),
    )
  })

  it('shows the API’s message and retries on request', async () => {
    let fail = true
    server.use(
      http.get('*/api/v1/texts', () =>
        fail
          ? HttpResponse.json(
              {
                title: 'Unavailable',
                status: 503,
                detail: 'The text store is restarting.',
              },
              { status: 503 },
            )
          : HttpResponse.json({
              data: [textWire(1)],
              next_cursor: null,
              total: 1,
              facets: {},
            }),
      ),
    )
    const user = userEvent.setup()
    renderApp('/texts')
    expect(await screen.findByText('The text store is restarting.')).toBeVisible()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Texter 1')).toBeVisible()
    expect(screen.queryByText('The text store is restarting.')).toBeNull()
  })

  it('renders a status the catalog does not know, as sent', async () => {
    server.use(
      http.get('*/api/v1/texts', () =>
        HttpResponse.json({
          data: [textWire(1, { status: { code: 'Evaporated', key: null } })],
          next_cursor: null,
          total: 1,
          facets: {},
        }),
      ),
    )
    renderApp('/texts')
    const log = await table()
    const badge = await within(log).findByRole('button', {
      name: 'Evaporated, not in the catalog',
    })
    expect(badge).toBeVisible()
    expect(badge).toHaveAttribute('data-outcome', 'unknown')
  })
})
