import { TZDate } from '@date-fns/tz'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { callWire, serveLog } from '../support/fixtures'
import { renderApp } from '../support/render-app'

/** The account answers only when told to. */
function slowAccount() {
  let answer = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  server.use(
    http.get('*/api/v1/account', async () => {
      await answered
      return HttpResponse.json({ name: 'Lakeside', time_zone: 'Pacific/Kiritimati' })
    }),
  )
  return answer
}

describe('a page in the account’s zone', () => {
  it('asks for its rows once, in that zone, after the account answers', async () => {
    const requests: URLSearchParams[] = []
    serveLog('calls', [callWire(1)], { onRequest: (params) => requests.push(params) })
    const answer = slowAccount()
    renderApp('/calls?range=today&tz=account')
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Loading the account’s time zone…',
    )
    expect(requests).toEqual([])

    answer()
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    await within(log).findByText('Contact 1')
    const midnight = new TZDate(Date.now(), 'Pacific/Kiritimati')
    midnight.setHours(0, 0, 0, 0)
    expect(requests.map((params) => params.get('from'))).toEqual([
      new Date(midnight.getTime()).toISOString(),
    ])
  })

  it('does not wait for the account when the page is in another zone', async () => {
    serveLog('calls', [callWire(1)])
    slowAccount()
    renderApp('/calls?tz=utc')
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    expect(await within(log).findByText('Contact 1')).toBeVisible()
  })

  it('falls back to the browser’s zone when the account cannot be read', async () => {
    serveLog('calls', [callWire(1)])
    server.use(
      http.get('*/api/v1/account', () =>
        HttpResponse.json(
          { title: 'Down', status: 500, detail: 'Down.' },
          { status: 500 },
        ),
      ),
    )
    renderApp('/insights?tz=account')
    expect(await screen.findByRole('heading', { name: 'Insights' })).toBeVisible()
  })
})
