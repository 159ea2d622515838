import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { renderApp } from '../../support/render-app'

// The test data set ends 2026-03-18T16:30Z: a fixed range keeps the figures still.
const range = 'from=2026-03-04T00:00:00.000Z&to=2026-03-18T00:00:00.000Z'
// The Insights route compiles on its first render in the test runner: room for a busy machine.
const chart = (name: string) => screen.findByRole('region', { name }, { timeout: 15_000 })

// The first click-through compiles the log's lazy route in the test runner; on a
// busy machine that alone can pass the default timeout.
describe('Insights', { timeout: 60_000 }, () => {
  it('opens the Activity Log filtered to a status clicked in its group, range kept', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(`/insights?${range}&direction=inbound`)
    const outcomes = await chart('Calls by outcome')
    await user.click(
      await within(outcomes).findByRole('button', {
        name: 'Show the statuses in Not answered',
      }),
    )
    const statuses = within(outcomes).getByRole('list', {
      name: 'Statuses in Not answered',
    })
    const busy = within(statuses).getByRole('button', {
      name: /^Busy · CTM: [\d,]+ calls?/,
    })
    await user.click(busy)
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Activity Log' },
      // The log's code loads on first use; slow on a busy machine.
      { timeout: 15_000 },
    )
    expect(history.location.pathname).toBe('/calls')
    const params = new URLSearchParams(history.location.search)
    expect(Object.fromEntries(params)).toEqual({
      from: '2026-03-04T00:00:00.000Z',
      to: '2026-03-18T00:00:00.000Z',
      status: 'ctm.call.busy',
      direction: 'inbound',
    })
  })

  it('opens the log filtered to an outcome group, and its total is the bar’s count', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(`/insights?${range}`)
    const outcomes = await chart('Calls by outcome')
    const connected = await within(outcomes).findByRole('button', {
      name: /^Connected: [\d,]+ calls/,
    })
    const count = /: ([\d,]+) calls/.exec(connected.getAttribute('aria-label') ?? '')?.[1]
    await user.click(connected)
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Activity Log' },
      // The log's code loads on first use; slow on a busy machine.
      { timeout: 15_000 },
    )
    expect(new URLSearchParams(history.location.search).get('outcome')).toBe('connected')
    // The log's total and its histogram's total both read the bar's count.
    await waitFor(() =>
      expect(screen.getAllByText(`${count ?? '?'} calls`)).toHaveLength(2),
    )
  })

  it('gives each log only its own filters, and says when one rules a log out', async () => {
    const texts: URLSearchParams[] = []
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url)
      if (url.pathname.endsWith('/texts/stats')) texts.push(url.searchParams)
    })
    renderApp(`/insights?${range}&status=ctm.call.busy&agent=ana-ruiz`)
    const textOutcomes = await chart('Texts by outcome')
    expect(
      await within(textOutcomes).findByText(
        'No texts can match: the status filter only names values of calls.',
      ),
    ).toBeVisible()
    expect(
      await within(await chart('Calls by outcome')).findByRole('button', {
        name: /^Not answered: /,
      }),
    ).toBeVisible()
    expect(texts).toEqual([])
    server.events.removeAllListeners()
  })

  it('shows the server’s problem in each chart, with a Retry that works', async () => {
    let fail = true
    server.use(
      http.get('*/api/v1/calls/stats', () =>
        fail
          ? HttpResponse.json(
              { title: 'Server error', status: 500, detail: 'The stats store is down.' },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    )
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const outcomes = await chart('Calls by outcome')
    const alert = await within(outcomes).findByRole('alert')
    expect(alert).toHaveTextContent('The stats store is down.')
    fail = false
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(
      await within(outcomes).findByRole('button', { name: /^Not answered: / }),
    ).toBeVisible()
    // The texts were not affected.
    expect(within(await chart('Texts by outcome')).queryByRole('alert')).toBeNull()
  })

  it('turns a legend entry off and on, and shows the figures as a table', async () => {
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const outcomes = await chart('Calls by outcome')
    const toggle = await within(outcomes).findByRole('button', {
      name: 'Connected',
      pressed: true,
    })
    expect(within(outcomes).getByRole('button', { name: /^Connected: / })).toBeVisible()
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(within(outcomes).queryByRole('button', { name: /^Connected: / })).toBeNull()
    await user.click(toggle)
    await user.click(within(outcomes).getByRole('button', { name: /Table/ }))
    const table = within(outcomes).getByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'Share' })).toBeVisible()
    expect(
      within(table).getAllByRole('rowheader', { name: 'Not answered' }).length,
    ).toBeGreaterThan(1)
  })

  it('lets the keyboard narrow a log’s range from its histogram', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(
      '/calls?from=2026-03-10T00:00:00.000Z&to=2026-03-12T00:00:00.000Z',
    )
    const bars = await screen.findByRole('group', { name: /^Calls over time/ })
    await waitFor(() => expect(within(bars).getAllByRole('button').length).toBe(48))
    const first = within(bars).getAllByRole('button')[0] as HTMLElement
    first.focus()
    await user.keyboard('{ArrowRight}{Enter}')
    await waitFor(() =>
      expect(new URLSearchParams(history.location.search).get('from')).not.toBe(
        '2026-03-10T00:00:00.000Z',
      ),
    )
    const params = new URLSearchParams(history.location.search)
    const from = Date.parse(params.get('from') ?? '')
    const to = Date.parse(params.get('to') ?? '')
    expect(to - from).toBe(3_600_000)
    expect(from).toBeGreaterThan(Date.parse('2026-03-10T00:00:00.000Z'))
    expect(params.get('range')).toBeNull()
  })

  it('opens a day of the volume chart in the log from the keyboard', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(`/insights?${range}&direction=inbound`)
    const volume = await chart('Calls over time')
    const bars = await within(volume).findByRole('group', { name: /^Calls per day/ })
    const days = await within(bars).findAllByRole('button', {
      name: /: [\d,]+ calls?\. Open this day in the Activity Log$/,
    })
    expect(days.length).toBeGreaterThanOrEqual(14)
    // One stop in the tab order; the arrows move along the bars.
    expect(days.filter((day) => day.tabIndex === 0)).toHaveLength(1)
    days[0]?.focus()
    await user.keyboard('{ArrowRight}')
    expect(days[1]).toHaveFocus()
    expect(
      within(volume).getByText('Press Enter to open the Activity Log for this day'),
    ).toBeInTheDocument()
    await user.keyboard('{Enter}')
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Activity Log' },
      { timeout: 15_000 },
    )
    const params = new URLSearchParams(history.location.search)
    const from = Date.parse(params.get('from') ?? '')
    const to = Date.parse(params.get('to') ?? '')
    expect(to - from).toBeLessThanOrEqual(86_400_000)
    expect(from).toBeGreaterThan(Date.parse('2026-03-04T00:00:00.000Z'))
    expect(params.get('direction')).toBe('inbound')
    // The whole bar: no outcome picked.
    expect(params.get('outcome')).toBeNull()
  })

  it('gives a bar its tooltip on focus and on hover, with the catalog’s meaning', async () => {
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const outcomes = await chart('Calls by outcome')
    const bar = () => within(outcomes).getByRole('button', { name: /^Connected: / })
    await within(outcomes).findByRole('button', { name: /^Connected: / })
    bar().focus()
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveTextContent(/Answered at the destination, as the vendor reports it/)
    expect(bar()).toHaveFocus()
    bar().blur()
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    await user.hover(within(outcomes).getByRole('button', { name: /^Failed: / }))
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      /Click to open the Activity Log filtered to Failed/,
    )
  })
})
