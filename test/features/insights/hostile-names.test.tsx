import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { renderApp } from '../../support/render-app'

const rtl = 'Ana \u202Egnp.exe'
const html = '<img src=x onerror="window.pwned=1">'

describe('Insights with hostile agent and source names', () => {
  it('shows them as inert text, each in its own isolate', async () => {
    const real = (await fetch(
      'http://localhost/api/v1/calls/stats?interval=day&tz=UTC',
    ).then((response) => response.json())) as {
      by_agent: { value: string; label?: string }[]
      by_source: { value: string; label?: string }[]
    }
    const [agent] = real.by_agent
    const [source] = real.by_source
    if (agent) agent.label = rtl
    if (source) source.label = html
    server.use(http.get('*/api/v1/calls/stats', () => HttpResponse.json(real)))

    const { container } = renderApp('/insights')
    const agents = await screen.findByRole(
      'region',
      { name: 'Calls by agent' },
      { timeout: 10_000 },
    )
    const sources = screen.getByRole('region', { name: 'Calls by source' })
    const name = await within(agents).findByText(rtl, { normalizer: (s) => s })
    expect(name.closest('bdi')).not.toBeNull()
    expect(within(sources).getByText(html).closest('bdi')).not.toBeNull()
    expect(container.querySelector('img')).toBeNull()
  })
})
