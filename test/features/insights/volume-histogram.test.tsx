import { waitFor } from '@testing-library/react'
import { delay, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type * as PathsModule from '@/features/insights/histogram-paths'
import { logKeys } from '@/api/logs'
import { server } from '@/mocks/node'
import { renderApp } from '../../support/render-app'

// Counts how often the histogram draws its bars.
const drawing = vi.hoisted(() => ({ count: 0 }))
vi.mock('@/features/insights/histogram-paths', async (importOriginal) => {
  const original = await importOriginal<typeof PathsModule>()
  return {
    ...original,
    stackedPaths: (...args: Parameters<typeof original.stackedPaths>) => {
      drawing.count++
      return original.stackedPaths(...args)
    },
  }
})

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

  it('draws once per answer: the log’s next pages and a new filter’s wait redraw nothing', async () => {
    const { queryClient, history } = renderApp(`/calls?${range}`)
    await waitFor(() => expect(histogramOf('calls')).toHaveTextContent(/calls over time/))
    const drawn = drawing.count
    // More rows of the log come in (as when scrolling): the histogram is left alone.
    await queryClient.refetchQueries({ queryKey: logKeys.lists('calls') })
    expect(drawing.count).toBe(drawn)
    // A new filter whose volume is on its way: "updating…", the same bars.
    server.use(http.get('*/api/v1/calls/stats', () => delay('infinite')))
    history.push(`/calls?${range}&direction=outbound`)
    await waitFor(() => expect(histogramOf('calls')).toHaveTextContent(/· updating…/))
    expect(drawing.count).toBe(drawn)
  })
})
