import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type * as DataModule from '@/features/insights/histogram/histogram-data'
import { logKeys } from '@/api/logs'
import { server } from '@/mocks/node'
import { renderApp } from '../../../support/render-app'

// Counts how often the histogram builds its bars from an answer.
const drawing = vi.hoisted(() => ({ count: 0 }))
vi.mock('@/features/insights/histogram/histogram-data', async (importOriginal) => {
  const original = await importOriginal<typeof DataModule>()
  return {
    ...original,
    histogramData: (...args: Parameters<typeof original.histogramData>) => {
      drawing.count++
      return original.histogramData(...args)
    },
  }
})

const range = 'from=2026-03-01T00:00:00.000Z&to=2026-03-18T00:00:00.000Z'
const days = 'from=2026-03-01T00:00:00.000Z&to=2026-03-06T00:00:00.000Z'
const hours = 'from=2026-03-10T00:00:00.000Z&to=2026-03-12T00:00:00.000Z'
const histogramOf = (kind: string) =>
  document.querySelector<HTMLElement>(`[data-histogram="${kind}"]`)
// The first test to draw one loads recharts cold: more time than the default 5 s on a busy machine.
const slow = { timeout: 15_000 }
const drawn = async (kind: string) => {
  await waitFor(
    () => expect(histogramOf(kind)).toHaveAttribute('data-drawn', 'true'),
    slow,
  )
  return histogramOf(kind) as HTMLElement
}
const search = (history: { location: { search: unknown } }) =>
  new URLSearchParams(String(history.location.search))

describe('the log’s volume histogram', () => {
  it('says it is updating while the last filter’s count is still shown', async () => {
    const { history } = renderApp(`/texts?${range}`)
    await waitFor(
      () => expect(histogramOf('texts')).toHaveTextContent(/texts over time/),
      slow,
    )
    const before = histogramOf('texts')?.textContent ?? ''
    expect(before).not.toMatch(/updating/)
    expect(histogramOf('texts')).toHaveAttribute('aria-busy', 'false')

    // The new filter's volume never arrives: the old count stays, marked as such.
    server.use(http.get('*/api/v1/texts/stats', () => delay('infinite')))
    history.push(`/texts?${range}&direction=outbound`)
    await waitFor(() => expect(histogramOf('texts')).toHaveTextContent(/· updating…/))
    expect(histogramOf('texts')).not.toHaveTextContent(/drag across the bars/)
    expect(histogramOf('texts')).toHaveAttribute('aria-busy', 'true')
  })

  it('draws once per answer: the log’s next pages and a new filter’s wait redraw nothing', async () => {
    const { queryClient, history } = renderApp(`/calls?${range}`)
    await drawn('calls')
    const count = drawing.count
    // More rows of the log come in (as when scrolling): the histogram is left alone.
    await queryClient.refetchQueries({ queryKey: logKeys.lists('calls') })
    expect(drawing.count).toBe(count)
    // A new filter whose volume is on its way: "updating…", the same bars.
    server.use(http.get('*/api/v1/calls/stats', () => delay('infinite')))
    history.push(`/calls?${range}&direction=outbound`)
    await waitFor(() => expect(histogramOf('calls')).toHaveTextContent(/· updating…/))
    expect(drawing.count).toBe(count)
  })

  it('asks for its figures only once the log’s first rows are in', async () => {
    const asked = vi.fn()
    server.use(
      http.get('*/api/v1/calls', () => delay('infinite')),
      http.get('*/api/v1/calls/stats', () => {
        asked()
      }),
    )
    renderApp(`/calls?${range}`)
    await screen.findByRole('table', { name: 'Activity Log' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(asked).not.toHaveBeenCalled()
    expect(histogramOf('calls')).toBeNull()
  })

  it('names its bars’ group while its figures load, and says it is busy', async () => {
    server.use(http.get('*/api/v1/calls/stats', () => delay('infinite')))
    renderApp(`/calls?${range}`)
    const bars = await screen.findByRole('group', { name: /^Calls over time/ }, slow)
    expect(within(bars).queryAllByRole('button')).toEqual([])
    expect(histogramOf('calls')).toHaveTextContent('Loading volume…')
    expect(histogramOf('calls')).toHaveAttribute('aria-busy', 'true')
    expect(histogramOf('calls')).not.toHaveAttribute('data-drawn')
  })

  it('stacks a few days’ bars as a <Bar> per outcome, in the outcomes’ colour tokens', async () => {
    renderApp(`/calls?${days}`)
    const histogram = await drawn('calls')
    const layers = histogram.querySelectorAll('.recharts-bar-rectangles')
    expect(layers.length).toBeGreaterThan(1)
    const fills = new Set(
      [...histogram.querySelectorAll('.recharts-bar-rectangle path')].map((bar) =>
        bar.getAttribute('fill'),
      ),
    )
    expect(fills).toContain('var(--outcome-connected)')
    expect([...fills].every((fill) => fill?.startsWith('var(--outcome-'))).toBe(true)
  })

  it('draws many hours as one <Bar> whose columns hold their outcomes', async () => {
    renderApp(`/calls?${hours}`)
    const histogram = await drawn('calls')
    expect(histogram.querySelectorAll('.recharts-bar-rectangles')).toHaveLength(1)
    const columns = [...histogram.querySelectorAll('.recharts-bar-rectangle')]
    expect(columns.length).toBeGreaterThan(0)
    expect(columns.length).toBeLessThanOrEqual(48)
    // A column's outcomes are its own marks, stacked in one element.
    const stacked = columns.find((column) => column.querySelectorAll('path').length > 1)
    expect(stacked).toBeDefined()
    const marks = [...histogram.querySelectorAll('path[data-mark]')]
    expect(marks.map((mark) => mark.getAttribute('fill'))).toContain(
      'var(--outcome-connected)',
    )
  })

  it('tells each outcome’s count and share of the bar the keyboard is on', async () => {
    renderApp(`/calls?${range}`)
    const histogram = await drawn('calls')
    const bars = within(histogram).getByRole('group', { name: /^Calls over time/ })
    const first = within(bars).getAllByRole('button')[0] as HTMLElement
    const [, when = '', count = ''] =
      /^(.+): ([\d,]+) calls?\./.exec(first.getAttribute('aria-label') ?? '') ?? []
    first.focus()
    const tip = await waitFor(() => {
      const found = histogram.querySelector('.recharts-tooltip-wrapper [data-series]')
      expect(found).not.toBeNull()
      return found?.parentElement?.parentElement as HTMLElement
    })
    expect(tip).toHaveTextContent(`${when} · ${count} calls`)
    const connected = tip.querySelector('[data-series="connected"]')
    expect(connected).toHaveTextContent(/^Connected[\d,]+\d+(\.\d+)?%$/)
    expect(tip).toHaveTextContent('Enter to narrow the range')
  })

  it('narrows the range to a bar picked with the keyboard', async () => {
    const user = userEvent.setup()
    const { history } = renderApp(`/calls?${range}`)
    const histogram = await drawn('calls')
    const bars = within(histogram).getByRole('group', { name: /^Calls over time/ })
    const buttons = within(bars).getAllByRole('button')
    ;(buttons[0] as HTMLElement).focus()
    await user.keyboard('{End}{ArrowLeft}{Enter}')
    await waitFor(() =>
      expect(search(history).get('from')).toBe('2026-03-16T00:00:00.000Z'),
    )
    expect(search(history).get('to')).toBe('2026-03-17T00:00:00.000Z')
  })

  it('narrows the range to a clicked bar, through recharts’ mouse events', async () => {
    const { history } = renderApp(`/calls?${range}`)
    const histogram = await drawn('calls')
    const surface = histogram.querySelector('.recharts-wrapper') as HTMLElement
    // jsdom's boxes are 1,280 px wide: the 17 days' bars are ~75 px each.
    const x = (1280 / 17) * 2.5
    fireEvent.mouseMove(surface, { clientX: x, clientY: 20 })
    await waitFor(() =>
      expect(
        histogram.querySelector('.recharts-tooltip-wrapper [data-series]'),
      ).not.toBeNull(),
    )
    fireEvent.mouseDown(surface, { clientX: x, clientY: 20, button: 0 })
    fireEvent.mouseUp(surface, { clientX: x, clientY: 20, button: 0 })
    await waitFor(() =>
      expect(search(history).get('from')).toBe('2026-03-03T00:00:00.000Z'),
    )
    expect(search(history).get('to')).toBe('2026-03-04T00:00:00.000Z')
  })
})
