import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { chartRange as range, drawn, findChart as chart } from '../../../support/charts'
import { renderApp } from '../../../support/render-app'

/** The parts of the bars, each naming its outcome group. */
const parts = (card: HTMLElement, group?: string) =>
  [...card.querySelectorAll<SVGPathElement>('.recharts-wrapper path[data-mark]')].filter(
    (part) => group === undefined || part.getAttribute('data-key') === group,
  )

describe('the volume chart (recharts)', { timeout: 60_000 }, () => {
  it('draws every day’s parts in one bar, with a count axis, and a tooltip for the part under the pointer', async () => {
    renderApp(`/insights?${range}`)
    const volume = await drawn(await chart('Calls over time'))
    const days = within(volume).getAllByRole('button', { name: /Open this day in/ })
    expect(parts(volume, 'connected')).toHaveLength(days.length)
    expect(within(volume).getByText('0')).toBeInTheDocument()
    const [part] = parts(volume, 'failed')
    if (!part) throw new Error('No Failed part drawn.')
    fireEvent.mouseMove(part, { clientX: 100, clientY: 100 })
    expect(await within(volume).findByText(/^Failed · /)).toBeVisible()
    expect(within(volume).getByText('Of the interval')).toBeVisible()
  })

  it('takes a hidden group out of every bar, and puts it back', async () => {
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const volume = await drawn(await chart('Calls over time'))
    const failed = parts(volume, 'failed').length
    expect(failed).toBeGreaterThan(0)
    const toggle = within(volume).getByRole('button', { name: 'Failed', pressed: true })
    await user.click(toggle)
    await waitFor(() => expect(parts(volume, 'failed')).toHaveLength(0))
    await user.click(toggle)
    await waitFor(() => expect(parts(volume, 'failed')).toHaveLength(failed))
  })

  it('opens the day and outcome of a part clicked', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(`/insights?${range}`)
    const volume = await drawn(await chart('Calls over time'))
    const [part] = parts(volume, 'connected')
    if (!part) throw new Error('No Connected part drawn.')
    await user.click(part)
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Activity Log' },
      // The log's code compiles on its first use in the test runner: slow on a busy machine.
      { timeout: 30_000 },
    )
    const params = new URLSearchParams(history.location.search)
    expect(params.get('outcome')).toBe('connected')
    expect(
      Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? ''),
    ).toBe(86_400_000)
  })
})
