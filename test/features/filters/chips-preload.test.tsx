import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { filterChips } from '@/features/filters/lazy-filter-chips'
import { renderApp } from '../../support/render-app'

// Its own file: the chips' module is loaded once per module graph.
describe('the filter chips’ code', { timeout: 30_000 }, () => {
  it('loads as someone reaches for a filter, so the first chip shows with the choice', async () => {
    const user = userEvent.setup()
    renderApp('/calls')
    const search = await screen.findByRole('search')
    await screen.findByRole('table', { name: 'Activity Log' })
    expect(filterChips.current).toBeUndefined()

    await user.click(within(search).getByRole('button', { name: 'Direction' }))
    await waitFor(() => expect(filterChips.current).toBeDefined())
    const dialog = await screen.findByRole('dialog', { name: 'Filter by direction' })
    await user.click(within(dialog).getByRole('checkbox', { name: /Outbound/ }))
    // In the same commit as the checkbox: no chunk to wait for.
    expect(
      within(search).getByRole('button', { name: /Remove filter Direction/ }),
    ).toBeVisible()
  })
})
