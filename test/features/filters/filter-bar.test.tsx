import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { callWire, serveLog } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

const facets = {
  status: [
    { value: 'ctm.call.busy', count: 12 },
    { value: 'routee.call.completed', count: 30 },
  ],
  outcome: [{ value: 'connected', count: 30 }],
  vendor: [
    { value: 'ctm', count: 12 },
    { value: 'routee', count: 30 },
  ],
  direction: [{ value: 'outbound', count: 42 }],
  agent: [{ value: 'ana-ruiz', label: 'Ana Ruiz', count: 7 }],
  source: [{ value: 'google-ads', label: 'Google Ads', count: 42 }],
}

function setup(url = '/calls') {
  const requests: URLSearchParams[] = []
  serveLog('calls', [callWire(1), callWire(2)], {
    facets,
    onRequest: (p) => requests.push(p),
  })
  const user = userEvent.setup()
  const app = renderApp(url)
  return { ...app, user, requests }
}

describe('filter bar', () => {
  it('offers every status of the channel by vendor, with live counts, zero ones greyed', async () => {
    const { user } = setup()
    await user.click(
      within(await screen.findByRole('search')).getByRole('button', { name: 'Status' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Filter by status' })
    const ctm = within(dialog).getByRole('group', { name: 'CTM calls' })
    const busy = within(ctm).getByRole('checkbox', { name: /Busy/ })
    expect(busy.closest('label')).toHaveTextContent('12')
    const failed = within(ctm).getByRole('checkbox', { name: /Failed/ })
    expect(failed.closest('label')).toHaveTextContent('0')
    expect(failed.closest('label')).toHaveClass('text-muted')
    expect(
      within(dialog).getByRole('group', { name: 'CALLR campaign calls' }),
    ).toBeVisible()
    // Texts' statuses and trail-only markers are not choices for calls.
    expect(within(dialog).queryByRole('checkbox', { name: /Delivered/ })).toBeNull()
    expect(within(dialog).queryByRole('checkbox', { name: /TryNumber/ })).toBeNull()

    await user.type(within(dialog).getByRole('searchbox'), 'voicemail')
    expect(
      within(dialog).getByRole('checkbox', { name: /Voicemail detected/ }),
    ).toBeVisible()
    expect(within(dialog).queryByRole('checkbox', { name: /Busy/ })).toBeNull()
  })

  it('filters by a status, shows it as a chip, and removes it', async () => {
    const { user, requests, history } = setup()
    await user.click(
      within(await screen.findByRole('search')).getByRole('button', { name: 'Status' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Filter by status' })
    await user.click(
      within(within(dialog).getByRole('group', { name: 'CTM calls' })).getByRole(
        'checkbox',
        { name: /Busy/ },
      ),
    )
    await waitFor(() => expect(requests.at(-1)?.get('status')).toBe('ctm.call.busy'))
    expect(history.location.search).toContain('status=ctm.call.busy')
    await user.keyboard('{Escape}')

    const chips = screen.getByRole('group', { name: 'Active filters' })
    expect(chips).toHaveTextContent('Status:Busy(CTM calls)')
    await user.click(
      within(chips).getByRole('button', { name: 'Remove filter Status: Busy' }),
    )
    // The unfiltered log is still cached from the first visit: no request needed.
    await waitFor(() => expect(history.location.search).not.toContain('status='))
    expect(screen.queryByRole('group', { name: 'Active filters' })).toBeNull()
  })

  it('walks back and forward through filter changes', async () => {
    const { user, history } = setup()
    await user.click(await screen.findByRole('button', { name: 'Direction' }))
    await user.click(await screen.findByRole('checkbox', { name: /Outbound/ }))
    await user.click(await screen.findByRole('checkbox', { name: /Inbound/ }))
    expect(history.location.search).toContain('direction=outbound,inbound')
    history.back()
    await waitFor(() => expect(history.location.search).toBe('?direction=outbound'))
    expect(await screen.findByRole('checkbox', { name: /Outbound/ })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: /Inbound/ })).not.toBeChecked()
    history.forward()
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /Inbound/ })).toBeChecked(),
    )
  })

  it('searches once typing pauses, not on every key', async () => {
    const { user, requests, history } = setup()
    await screen.findByText('Contact 1')
    const before = requests.length
    await user.type(
      screen.getByRole('searchbox', { name: 'Search names and numbers' }),
      'ana ruiz',
    )
    await waitFor(() => expect(requests.at(-1)?.get('q')).toBe('ana ruiz'))
    expect(requests.length - before).toBe(1)
    expect(history.location.search).toContain('q=ana+ruiz')
    expect(screen.getByRole('group', { name: 'Active filters' })).toHaveTextContent(
      '“ana ruiz”',
    )
  })

  it('picks a preset time range and says it in words', async () => {
    const { user, requests, history } = setup()
    await user.click(
      await screen.findByRole('button', { name: 'Time range: Last 30 days' }),
    )
    await user.click(await screen.findByRole('button', { name: 'Last 7 days' }))
    await waitFor(() => expect(history.location.search).toBe('?range=7d'))
    const last = requests.at(-1)
    const span = Date.parse(last?.get('to') ?? '') - Date.parse(last?.get('from') ?? '')
    expect(span).toBe(7 * 24 * 3_600_000)
    expect(screen.getByRole('button', { name: 'Time range: Last 7 days' })).toBeVisible()
  })

  it('clears every filter at once but keeps the time range', async () => {
    const { user, history } = setup(
      '/calls?range=7d&status=ctm.call.busy&vendor=ctm&q=ana',
    )
    const chips = await screen.findByRole('group', { name: 'Active filters' })
    await user.click(within(chips).getByRole('button', { name: 'Clear all' }))
    await waitFor(() => expect(history.location.search).toBe('?range=7d'))
  })

  it('lists agents from the API with their names', async () => {
    const { user, requests } = setup()
    await user.click(await screen.findByRole('button', { name: 'Agent' }))
    await user.click(await screen.findByRole('checkbox', { name: /Ana Ruiz/ }))
    await waitFor(() => expect(requests.at(-1)?.get('agent')).toBe('ana-ruiz'))
  })

  it('narrows the log to a status clicked in a row', async () => {
    const { user, requests, history } = setup()
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    const row = (await within(log).findByText('Contact 1')).closest(
      '[role=row]',
    ) as HTMLElement
    const status = within(row).getAllByRole('button', {
      name: /Completed/,
    })[0] as HTMLElement
    await user.click(status)
    await waitFor(() =>
      expect(requests.at(-1)?.get('status')).toBe('routee.call.completed'),
    )
    expect(history.location.search).toContain('status=routee.call.completed')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('drops nonsense from a link with a notice that can be dismissed', async () => {
    const { user, history, requests } = setup(
      '/calls?status=ctm.call.busy,ctm.call.beamed&utm_source=mail&from=soon',
    )
    const notice = (
      await screen.findByText('Some settings in the link were ignored:')
    ).closest('[role=status]') as HTMLElement
    expect(notice).toHaveTextContent('status=ctm.call.beamed')
    expect(notice).toHaveTextContent('utm_source=mail')
    expect(notice).toHaveTextContent('from=soon')
    await waitFor(() => expect(history.location.search).toBe('?status=ctm.call.busy'))
    expect(requests.at(-1)?.get('status')).toBe('ctm.call.busy')
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }))
    expect(screen.queryByText('Some settings in the link were ignored:')).toBeNull()
  })
})
