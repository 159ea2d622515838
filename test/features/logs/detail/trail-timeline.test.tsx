import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { callWire, serveLog } from '../../../support/fixtures'
import { renderApp } from '../../../support/render-app'

// A call queued at 23:30 UTC that ended an hour later: two days in UTC, one in
// Tokyo (08:30 and 09:30 on 21 November). Whatever the browser's zone, one of
// the two readings below differs from its own.
const call = callWire(1, {
  started_at: '2026-11-20T23:30:00.000Z',
  trail: [
    {
      at: '2026-11-20T23:30:00.000Z',
      status: { code: 'Queued', key: 'routee.call.queued' },
    },
    {
      at: '2026-11-21T00:30:00.000Z',
      status: { code: 'Completed', key: 'routee.call.completed' },
    },
  ],
})

/** The stamps of the open call's Metrics, as the panel shows them. */
async function metricsTimes(tz: string) {
  serveLog('calls', [call])
  renderApp(`/calls?tz=${tz}&id=${call.id}`)
  const sheet = await screen.findByRole('dialog', { name: /^Call to / })
  const metrics = within(sheet).getByRole('region', { name: 'Metrics' })
  return within(metrics)
    .getAllByRole('time')
    .map((time) => time.textContent)
}

describe('the Metrics timeline in the detail panel', () => {
  it('dates a step that falls on another day in the zone the page reads times in', async () => {
    const [first, last] = await metricsTimes('utc')
    expect(first).toBe('23:30:00')
    expect(last).toMatch(/Nov 21.*00:30:00/)
  })

  it('shows only the time of a step on the same day in that zone', async () => {
    const [first, last] = await metricsTimes('Asia/Tokyo')
    expect(first).toBe('08:30:00')
    expect(last).toBe('09:30:00')
  })
})
