import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import { getStatus, type StatusKey } from '@/domain/catalog/catalog'
import { callWire, serveLog } from '../../../support/fixtures'
import { renderApp } from '../../../support/render-app'

/** A status as the vendor sends it, with our key. */
const wire = (key: StatusKey) => ({ code: getStatus(key).code, key })
const at = (seconds: number) =>
  new Date(Date.UTC(2026, 10, 20, 14, 0, seconds)).toISOString()
const step = (seconds: number, key: StatusKey, detail?: string) => ({
  at: at(seconds),
  status: wire(key),
  ...(detail === undefined ? {} : { detail }),
})

/** Opens one call's detail panel from a shared link. */
async function openCall(call: CallWire) {
  serveLog('calls', [call])
  renderApp(`/calls?id=${call.id}`)
  return screen.findByRole('dialog', { name: /^Call (to|from) / })
}

/** The value shown beside a label in one of the panel's field lists. */
const fieldIn = (section: HTMLElement, label: string) =>
  within(section).getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement

describe('call detail', () => {
  it('shows a CALLR call’s status, sub-status and result code', async () => {
    const sheet = await openCall(
      callWire(1, {
        vendor: 'callr',
        status: wire('callr.call.answered-complete'),
        result: wire('callr.call.hangup'),
        trail: [step(0, 'callr.call.answered-complete')],
      }),
    )
    const callr = within(sheet).getByRole('region', { name: 'CALLR status' })
    expect(fieldIn(callr, 'Status')).toHaveTextContent('ANSWERED')
    expect(fieldIn(callr, 'Sub-status')).toHaveTextContent('COMPLETE')
    expect(
      within(fieldIn(callr, 'Result code')).getByRole('button', {
        name: 'Result: Hangup',
      }),
    ).toBeVisible()
  })

  it('says when CALLR reported no result code', async () => {
    const sheet = await openCall(
      callWire(1, {
        vendor: 'callr',
        status: wire('callr.call.absent-busy'),
        result: null,
        trail: [step(0, 'callr.call.absent-busy')],
      }),
    )
    const callr = within(sheet).getByRole('region', { name: 'CALLR status' })
    expect(fieldIn(callr, 'Status')).toHaveTextContent('ABSENT')
    expect(fieldIn(callr, 'Sub-status')).toHaveTextContent('BUSY')
    expect(fieldIn(callr, 'Result code')).toHaveTextContent('None reported')
  })

  it('lists the numbers a Messenger call tried, in order', async () => {
    const sheet = await openCall(
      callWire(1, {
        vendor: 'messenger',
        status: wire('messenger.call.connected-answered'),
        trail: [
          step(0, 'messenger.call.queued'),
          step(1, 'messenger.call.try-number-1', '+15550100301'),
          step(31, 'messenger.call.try-number-2', '+15550100302'),
          step(33, 'messenger.call.try-number-3'),
          step(40, 'messenger.call.connected-answered'),
        ],
      }),
    )
    const tried = within(sheet).getByRole('region', { name: 'Numbers tried' })
    const attempts = within(tried).getAllByRole('listitem')
    expect(attempts).toHaveLength(3)
    expect(attempts[0]).toHaveTextContent('TryNumber 1+15550100301')
    expect(attempts[1]).toHaveTextContent('TryNumber 2+15550100302')
    expect(attempts[2]).toHaveTextContent('TryNumber 3Number not reported')
    expect(within(sheet).queryByRole('region', { name: 'CALLR status' })).toBeNull()
  })

  it('shows CTM’s No Audio flag beside a missing recording', async () => {
    const sheet = await openCall(
      callWire(1, {
        vendor: 'ctm',
        direction: 'inbound',
        has_recording: false,
        status: wire('ctm.call.answered'),
        trail: [
          step(0, 'ctm.call.in-progress'),
          step(40, 'ctm.call.answered'),
          step(41, 'ctm.call.no-audio'),
        ],
      }),
    )
    const recording = fieldIn(
      within(sheet).getByRole('region', { name: 'Call' }),
      'Recording',
    )
    expect(recording).toHaveTextContent(/^None/)
    expect(within(recording).getByRole('button', { name: 'No Audio' })).toBeVisible()
    expect(within(sheet).queryByRole('region', { name: 'Numbers tried' })).toBeNull()
  })

  it('says a recording is available, with no flag, when there is one', async () => {
    const sheet = await openCall(callWire(1))
    const recording = fieldIn(
      within(sheet).getByRole('region', { name: 'Call' }),
      'Recording',
    )
    expect(recording).toHaveTextContent('Available')
    expect(within(recording).queryByRole('button')).toBeNull()
  })

  it('shows the time between steps in the Metrics timeline', async () => {
    // Steps at 0 s, 1 s, 3 s, 12 s and 95 s.
    const sheet = await openCall(callWire(1))
    const metrics = within(sheet).getByRole('region', { name: 'Metrics' })
    const steps = within(metrics).getAllByRole('listitem')
    expect(steps).toHaveLength(5)
    expect(within(steps[0] as HTMLElement).queryByText(/^\+/)).toBeNull()
    expect(
      steps.slice(1).map((item) => within(item).getByText(/^\+/).textContent),
    ).toEqual(['+1s', '+2s', '+9s', '+1m 23s'])
    expect(
      within(steps[4] as HTMLElement).getByRole('button', { name: 'Completed' }),
    ).toBeVisible()
  })
})
