import { waitFor } from '@testing-library/react'
import { delay, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { renderApp } from '../../support/render-app'

const range = 'from=2026-03-01T00:00:00.000Z&to=2026-03-18T00:00:00.000Z'
const histogramOf = (kind: string) =>
  document.querySelector<HTMLElement>(`[data-histogram="${kind}"]`)

describe('the log’s volume histogram', () => {
  it('says it is updating while the last filter’s count is still shown', async () => {
    const { history } = renderApp(`/texts?${range}`)
    await waitFor(() => expect(histogramOf('texts')).toHaveTextContent(/texts over time/))
    const before = histogramOf('texts')?.textContent ?? ''
    expect(before).not.toMatch(/updating/)

    // The new filter's volume never arrives: the old count stays, marked as such.
    server.use(http.get('*/api/v1/texts/stats', () => delay('infinite')))
    history.push(`/texts?${range}&direction=outbound`)
    await waitFor(() => expect(histogramOf('texts')).toHaveTextContent(/· updating…/))
    expect(histogramOf('texts')).not.toHaveTextContent(/drag across the bars/)
  })
})
