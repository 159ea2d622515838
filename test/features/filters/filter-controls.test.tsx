import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { apiUrl } from '@/api/config'
import { formatCount } from '@/lib/format'
import { callWire, serveLog } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

type Page = { data: { id: string }[]; total: number }

/** The seeded mock's own answer for a log under some filters: what the page should show. */
async function apiPage(kind: 'calls' | 'texts', params: Record<string, string>) {
  const response = await fetch(apiUrl(`/api/v1/${kind}`, new URLSearchParams(params)))
  return (await response.json()) as Page
}

const searchParam = (search: string, name: string) =>
  new URLSearchParams(search).get(name)

/** The record ids of the rows on screen, top to bottom. */
const rowIds = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => row.getAttribute('data-row-id'))
    .filter((id) => id !== null)

describe('filter controls', () => {
  // The total shows twice once the histogram is drawn: each check reads the first.
  it('applies a custom range picked on the calendar to the URL and the rows', async () => {
    // The test data set ends on 18 March 2026.
    const from = '2026-03-02T00:00:00.000Z'
    const user = userEvent.setup()
    const { history } = renderApp(`/calls?from=${from}&to=2026-03-16T00:00:00.000Z`)
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    const before = await apiPage('calls', { from, to: '2026-03-16T00:00:00.000Z' })
    expect(
      (await screen.findAllByText(`${formatCount(before.total)} calls`))[0],
    ).toBeVisible()

    await user.click(screen.getByRole('button', { name: /^Time range: / }))
    const picker = await screen.findByRole('dialog', { name: 'Choose a time range' })
    await user.click(
      await within(picker).findByRole('button', { name: /March 5th, 2026/ }),
    )
    await user.click(within(picker).getByRole('button', { name: 'Apply range' }))

    // The start stays; the end moves to 5 March, at the end time shown (local time).
    const to = new Date(2026, 2, 5)
    const shownEnd = new Date('2026-03-16T00:00:00.000Z')
    to.setHours(shownEnd.getHours(), shownEnd.getMinutes(), 0, 0)
    await waitFor(() =>
      expect(searchParam(history.location.search, 'to')).toBe(to.toISOString()),
    )
    expect(searchParam(history.location.search, 'from')).toBe(from)
    expect(screen.queryByRole('dialog', { name: 'Choose a time range' })).toBeNull()

    const after = await apiPage('calls', { from, to: to.toISOString() })
    expect(after.total).toBeLessThan(before.total)
    expect(
      (await screen.findAllByText(`${formatCount(after.total)} calls`))[0],
    ).toBeVisible()
    await waitFor(() =>
      expect(rowIds(log).slice(0, 5)).toEqual(after.data.slice(0, 5).map((r) => r.id)),
    )
  })

  it('narrows the log to the status shown in the detail panel', async () => {
    const requests: URLSearchParams[] = []
    serveLog('calls', [callWire(1), callWire(2)], {
      onRequest: (params) => requests.push(params),
    })
    const user = userEvent.setup()
    const { history } = renderApp('/calls?id=call-2')
    const sheet = await screen.findByRole('dialog', { name: 'Call to Contact 2' })
    await user.click(within(sheet).getByRole('button', { name: 'Show only Completed' }))

    await waitFor(() =>
      expect(requests.at(-1)?.get('status')).toBe('routee.call.completed'),
    )
    expect(searchParam(history.location.search, 'status')).toBe('routee.call.completed')
    expect(searchParam(history.location.search, 'id')).toBeNull()
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(
      await screen.findByRole('group', { name: 'Active filters' }),
    ).toHaveTextContent('Status:Completed')
  })

  it.each([
    ['outcome', 'Not delivered', 'not-delivered'],
    ['direction', 'Inbound', 'inbound'],
  ])('filters the Text Log by %s', async (facet, label, value) => {
    const window = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-18T00:00:00.000Z' }
    const user = userEvent.setup()
    const { history } = renderApp(`/texts?from=${window.from}&to=${window.to}`)
    const log = await screen.findByRole('table', { name: 'Text Log' })
    const all = await apiPage('texts', { ...window, sort: '-time' })
    expect(
      (await screen.findAllByText(`${formatCount(all.total)} texts`))[0],
    ).toBeVisible()

    const name = facet === 'outcome' ? 'Outcome' : 'Direction'
    await user.click(
      within(await screen.findByRole('search')).getByRole('button', { name }),
    )
    const popover = await screen.findByRole('dialog', { name: `Filter by ${facet}` })
    await user.click(
      within(popover).getByRole('checkbox', { name: new RegExp(`^${label}`) }),
    )
    await waitFor(() => expect(searchParam(history.location.search, facet)).toBe(value))
    await user.keyboard('{Escape}')

    const only = await apiPage('texts', { ...window, sort: '-time', [facet]: value })
    expect(only.total).toBeGreaterThan(0)
    expect(only.total).toBeLessThan(all.total)
    expect(
      (await screen.findAllByText(`${formatCount(only.total)} texts`))[0],
    ).toBeVisible()
    await waitFor(() =>
      expect(rowIds(log).slice(0, 5)).toEqual(only.data.slice(0, 5).map((r) => r.id)),
    )
    expect(
      await screen.findByRole('group', { name: 'Active filters' }),
    ).toHaveTextContent(`${name}:${label}`)
  })
})
