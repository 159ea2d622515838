import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { callWire, serveLog } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

const started = '2026-03-18T16:30:05.000Z'

async function firstRowTime() {
  const log = await screen.findByRole('table', { name: 'Activity Log' })
  await within(log).findByText('Contact 1')
  return within(log).getAllByRole('row')[1]?.querySelector('time')?.textContent ?? ''
}

describe('the time zone of a log', () => {
  it('shows row times in UTC when the link says so', async () => {
    serveLog('calls', [callWire(1, { started_at: started })])
    renderApp('/calls?tz=utc')
    expect(await firstRowTime()).toContain('16:30:05')
    expect(screen.getByRole('combobox', { name: 'Time zone: Times in UTC' })).toHaveValue(
      'utc',
    )
  })

  it('shows them in the account’s zone, named in the toolbar', async () => {
    serveLog('calls', [callWire(1, { started_at: started })])
    renderApp('/calls?tz=account')
    await screen.findByRole('combobox', {
      name: /^Time zone: Times in C[DS]T \(account\)$/,
    })
    expect(await firstRowTime()).toContain('11:30:05')
  })

  it('falls back to the browser’s zone when the account’s zone is nonsense', async () => {
    serveLog('calls', [callWire(1, { started_at: started })])
    server.use(
      http.get('*/api/v1/account', () =>
        HttpResponse.json({ name: '<b>x</b>', time_zone: 'Mars/Olympus' }),
      ),
    )
    renderApp('/calls?tz=account')
    const browser = new Intl.DateTimeFormat(undefined, {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(Date.parse(started))
    expect(await firstRowTime()).toContain(browser)
    expect(screen.getByRole('combobox', { name: /^Time zone/ })).toHaveValue('account')
  })
})
