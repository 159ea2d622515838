import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'

describe('Insights’ keys and views', () => {
  it('focuses the search with /, lists its own shortcuts with ?, and has the Views menu', async () => {
    const user = userEvent.setup()
    renderApp('/insights?range=7d')
    const bar = await screen.findByRole('search', { name: 'Filter the Insights' })
    expect(
      await screen.findByRole(
        'button',
        { name: 'Keyboard shortcuts' },
        { timeout: 10_000 },
      ),
    ).toBeVisible()
    expect(screen.getByRole('button', { name: 'Views' })).toBeVisible()

    await user.keyboard('/')
    expect(within(bar).getByRole('searchbox')).toHaveFocus()
    await user.click(document.body)
    await user.keyboard('?')
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(dialog).toHaveTextContent('They work anywhere in Insights')
    const rows = within(dialog).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      '/Search',
      'EscClose the open menu or popover',
      '?Show these shortcuts',
    ])
    await user.keyboard('{Escape}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
  })
})
