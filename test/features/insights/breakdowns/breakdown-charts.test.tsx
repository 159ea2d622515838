import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { chartRange as range, drawn, findChart as chart } from '../../../support/charts'
import { renderApp } from '../../../support/render-app'

const marks = (card: HTMLElement) =>
  card.querySelectorAll('.recharts-wrapper path[data-mark]')

describe('the breakdown charts (recharts)', { timeout: 60_000 }, () => {
  it('stacks each vendor’s outcome groups, with a tooltip that names both', async () => {
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const vendors = await drawn(await chart('Calls by vendor'))
    const names = within(vendors).getAllByRole('button', {
      name: /open in the Activity Log$/,
    })
    expect(names.length).toBeGreaterThan(1)
    const segments = marks(vendors)
    expect(segments.length).toBeGreaterThanOrEqual(names.length)
    await user.hover(segments[0] as Element)
    expect(await within(vendors).findByText(/^Of .+’s shown$/)).toBeVisible()
    expect(
      within(vendors).getByText('Click to open the Activity Log filtered to both'),
    ).toBeVisible()
  })

  it('takes a hidden outcome group out of every vendor’s bar', async () => {
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const vendors = await drawn(await chart('Calls by vendor'))
    const before = marks(vendors).length
    const names = within(vendors).getAllByRole('button', {
      name: /open in the Activity Log$/,
    })
    await user.click(
      within(vendors).getByRole('button', { name: 'Connected', pressed: true }),
    )
    await waitFor(() => expect(marks(vendors).length).toBe(before - names.length))
  })

  it('opens the log for a vendor and outcome from a click on a segment', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(`/insights?${range}`)
    const vendors = await drawn(await chart('Calls by vendor'))
    await user.click(marks(vendors)[0] as Element)
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Activity Log' },
      // The log's code compiles on its first use in the test runner: slow on a busy machine.
      { timeout: 30_000 },
    )
    const params = new URLSearchParams(history.location.search)
    expect(params.get('outcome')).toBe('connected')
    expect(params.get('vendor')).not.toBeNull()
  })

  it('draws an agent’s answered and other calls as one stacked bar per agent', async () => {
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const agents = await drawn(await chart('Calls by agent'))
    const rows = within(agents).getAllByRole('button', { name: /answered$/ })
    await waitFor(() => expect(marks(agents).length).toBeGreaterThanOrEqual(rows.length))
    const before = marks(agents).length
    await user.click(within(agents).getByRole('button', { name: 'Other', pressed: true }))
    await waitFor(() => expect(marks(agents).length).toBeLessThan(before))
    await user.hover(rows[0] as HTMLElement)
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Answered share/)
  })
})
