import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { renderApp } from '../support/render-app'

describe('app shell', () => {
  it('sends / to the Activity Log', async () => {
    const { history } = renderApp('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Activity Log' }),
    ).toBeVisible()
    expect(history.location.pathname).toBe('/calls')
  })

  it('marks the current section in the navigation and moves between sections', async () => {
    const user = userEvent.setup()
    const { history } = renderApp('/calls')
    const nav = await screen.findByRole('navigation', { name: 'Sections' })
    expect(within(nav).getByRole('link', { name: 'Activity Log' })).toHaveAttribute(
      'aria-current',
      'page',
    )

    await user.click(within(nav).getByRole('link', { name: 'Statuses' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Statuses' }),
    ).toBeVisible()
    expect(history.location.pathname).toBe('/statuses')
    expect(within(nav).getByRole('link', { name: 'Statuses' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(nav).getByRole('link', { name: 'Activity Log' })).not.toHaveAttribute(
      'aria-current',
    )

    history.back()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Activity Log' }),
    ).toBeVisible()
  })

  it('keeps the time range, and only it, when moving between the logs and Insights', async () => {
    const user = userEvent.setup()
    const { history } = renderApp('/calls?range=7d&status=ctm.call.busy')
    const nav = await screen.findByRole('navigation', { name: 'Sections' })
    await user.click(within(nav).getByRole('link', { name: 'Text Log' }))
    await screen.findByRole('heading', { level: 1, name: 'Text Log' })
    expect(history.location.search).toBe('?range=7d')
    await user.click(within(nav).getByRole('link', { name: 'Insights' }))
    await screen.findByRole('heading', { level: 1, name: 'Insights' })
    expect(history.location.search).toBe('?range=7d')
    await user.click(within(nav).getByRole('link', { name: 'Statuses' }))
    await screen.findByRole('heading', { level: 1, name: 'Statuses' })
    expect(history.location.search).toBe('')
  })

  it.each([
    ['/texts', 'Text Log'],
    ['/insights', 'Insights'],
    ['/statuses', 'Statuses'],
  ])('opens %s directly', async (url, title) => {
    renderApp(url)
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible()
    expect(screen.getByRole('main')).toBeInTheDocument()
  })

  it('shows a way back for an address that is no page', async () => {
    renderApp('/nowhere')
    expect(await screen.findByText('There is no page at this address')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Go to the Activity Log' })).toBeVisible()
  })

  it('says the data is the embedded demo set, from the mock health endpoint', async () => {
    renderApp('/calls')
    expect(await screen.findByText('Demo data')).toBeVisible()
  })

  it('says so when the API does not answer its health check', async () => {
    server.use(http.get('*/api/v1/health', () => HttpResponse.error()))
    renderApp('/calls')
    expect(await screen.findByText('API unreachable')).toBeVisible()
  })
})
