import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../support/render-app'

// The glossary's page fails to render, as a bug in it would.
vi.mock('@/features/statuses/statuses-page', () => ({
  StatusesPage: () => {
    throw new Error('The glossary tripped over an entry.')
  },
}))

describe('a section that fails to render', () => {
  it('says so in its place, and the other sections still work', async () => {
    // React reports the error it caught; the test is about what the user sees.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const user = userEvent.setup()
    const { history } = renderApp('/statuses')

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('This section could not be shown')).toBeVisible()
    expect(within(alert).getByText('The glossary tripped over an entry.')).toBeVisible()
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible()
    const nav = screen.getByRole('navigation', { name: 'Sections' })
    expect(within(nav).getByRole('link', { name: 'Statuses' })).toHaveAttribute(
      'aria-current',
      'page',
    )

    await user.click(within(nav).getByRole('link', { name: 'Text Log' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Text Log' }),
    ).toBeVisible()
    expect(screen.queryByText('This section could not be shown')).toBeNull()

    await user.click(within(nav).getByRole('link', { name: 'Statuses' }))
    const again = await screen.findByRole('alert')
    await user.click(within(again).getByRole('link', { name: 'Go to the Activity Log' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Activity Log' }),
    ).toBeVisible()
    expect(history.location.pathname).toBe('/calls')
    expect(screen.queryByText('This section could not be shown')).toBeNull()
  })
})
