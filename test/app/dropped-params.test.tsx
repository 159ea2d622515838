import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'

const heading = 'Some settings in the link were ignored:'
const notice = async () =>
  (await screen.findByText(heading, undefined, { timeout: 10_000 })).closest(
    '[role=status]',
  ) as HTMLElement

// Pages render lazily and the glossary's ~70 entries are slow in jsdom.
describe('a link with nonsense in it', { timeout: 30_000 }, () => {
  it('opens the Statuses glossary with what it could use, and says what it ignored', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(
      `/statuses?vendor=acme,ctm&outcome=bogus&page=2&q=${'x'.repeat(300)}#ctm.call.busy`,
    )
    const shown = await notice()
    expect(shown).toHaveTextContent('vendor=acme — not a vendor')
    expect(shown).toHaveTextContent('outcome=bogus — not an outcome group')
    expect(shown).toHaveTextContent('page=2 — not a setting this page has')
    expect(shown).toHaveTextContent('longer than 200 characters')
    // What made sense is kept, the rest taken out of the address, the linked entry too.
    await waitFor(() =>
      expect(history.location.search).toBe(`?q=${'x'.repeat(200)}&vendor=ctm`),
    )
    expect(history.location.hash).toBe('#ctm.call.busy')
    expect(screen.getByRole('searchbox')).toHaveValue('x'.repeat(200))
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }))
    expect(screen.queryByText(heading)).toBeNull()
  })

  it('opens Insights with what it could use, and says what it ignored', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(
      '/insights?range=7d&status=ctm.call.busy,ctm.call.beamed&sort=-time&vendor=acme',
    )
    const shown = await notice()
    expect(shown).toHaveTextContent('status=ctm.call.beamed')
    expect(shown).toHaveTextContent('sort=-time')
    expect(shown).toHaveTextContent('vendor=acme')
    await waitFor(() =>
      expect(history.location.search).toBe('?range=7d&status=ctm.call.busy'),
    )
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }))
    expect(screen.queryByText(heading)).toBeNull()
  })

  it('says nothing about a clean link', async () => {
    renderApp('/statuses?vendor=ctm')
    await screen.findByRole('heading', { level: 1, name: 'Statuses' })
    expect(screen.queryByText(heading)).toBeNull()
  })
})
