import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { chartRange as range, drawn, findChart as chart } from '../../../support/charts'
import { renderApp } from '../../../support/render-app'

describe('the outcome charts (recharts)', { timeout: 60_000 }, () => {
  it('draws a donut slice per group with records, and a tooltip with count and share', async () => {
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const outcomes = await drawn(await chart('Calls by outcome'))
    const donut = within(outcomes).getByRole('img', { name: /calls with an outcome/ })
    const bars = within(outcomes)
      .getAllByRole('button', { name: /^[^:]+: [\d,]+ calls?, / })
      .filter((bar) => !/: 0 calls/.test(bar.getAttribute('aria-label') ?? ''))
    const slices = donut.querySelectorAll('path[data-mark]')
    expect(slices).toHaveLength(bars.length)
    // Each chart's turn to draw, as a measure DevTools and the bench can read.
    expect(
      performance
        .getEntriesByName('chart:draw')
        .map((entry) => (entry as PerformanceMeasure).detail as unknown),
    ).toContain('calls-by-outcome')
    await user.hover(slices[0] as Element)
    expect(await within(outcomes).findByText('Of calls with an outcome')).toBeVisible()
    expect(
      within(outcomes).getByText('Click to open the Activity Log filtered to Connected'),
    ).toBeVisible()
  })

  it('opens the log filtered to a slice’s outcome', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(`/insights?${range}`)
    const outcomes = await drawn(await chart('Calls by outcome'))
    const donut = within(outcomes).getByRole('img', { name: /calls with an outcome/ })
    await user.click(donut.querySelectorAll('path[data-mark]')[0] as Element)
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Activity Log' },
      // The log's code compiles on its first use in the test runner: slow on a busy machine.
      { timeout: 30_000 },
    )
    expect(new URLSearchParams(history.location.search).get('outcome')).toBe('connected')
  })

  it('draws the group bars under their buttons, one per row, and redraws them when a group opens', async () => {
    const user = userEvent.setup()
    renderApp(`/insights?${range}`)
    const outcomes = await drawn(await chart('Calls by outcome'))
    const marks = () => outcomes.querySelectorAll('.recharts-wrapper path[data-mark]')
    const before = marks().length
    await user.click(
      within(outcomes).getByRole('button', { name: 'Show the statuses in Not answered' }),
    )
    const statuses = within(outcomes).getByRole('list', {
      name: 'Statuses in Not answered',
    })
    const rows = within(statuses).getAllByRole('button')
    await waitFor(() => expect(marks().length).toBe(before + rows.length))
  })
})
