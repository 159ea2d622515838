import { describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import { toLogPage } from '@/api/log-page-schema'

const call: CallWire = {
  id: 'c-1',
  vendor: 'messenger',
  direction: 'outbound',
  started_at: '2026-11-20T10:00:00.000Z',
  duration: 95,
  ring_time: 12,
  talk_time: 83,
  contact: { name: 'Ana <b>Ruiz</b>', number: '+15550100001' },
  tracking_number: null,
  receiving_number: null,
  source: null,
  agent: null,
  campaign: 'Renewals',
  has_recording: true,
  status: { code: 'Completed', key: 'messenger.call.completed' },
  result: null,
  trail: [
    { at: '2026-11-20T10:01:35.000Z', status: { code: 'Completed', key: null } },
    {
      at: '2026-11-20T10:00:00.000Z',
      status: { code: 'Queued', key: 'messenger.call.queued' },
    },
    {
      at: '2026-11-20T10:00:02.000Z',
      status: { code: "TryNumber'2'", key: null },
      detail: 'Home',
    },
  ],
}

const envelope = (data: unknown[]) => ({
  data,
  next_cursor: null,
  total: data.length,
  facets: {},
})

describe('toLogPage', () => {
  it('resolves statuses against the catalog and puts the trail in time order', () => {
    const page = toLogPage('calls', envelope([call]))
    const [record] = page.records
    expect(record?.status.key).toBe('messenger.call.completed')
    expect(record?.trail.map((step) => step.status.key)).toEqual([
      'messenger.call.queued',
      'messenger.call.try-number-2',
      'messenger.call.completed',
    ])
    expect(record?.contact.name).toBe('Ana <b>Ruiz</b>')
  })

  it('keeps a status it does not know, with the raw text', () => {
    const page = toLogPage(
      'calls',
      envelope([{ ...call, status: { code: 'Teleported', key: 'x' } }]),
    )
    expect(page.records[0]?.status).toMatchObject({ known: false, label: 'Teleported' })
  })

  it('reports a malformed record without losing the others', () => {
    const page = toLogPage(
      'calls',
      envelope([call, { ...call, id: 'c-2', duration: 'long' }, 7]),
    )
    expect(page.records).toHaveLength(1)
    expect(page.invalid).toEqual([
      { id: 'c-2', message: expect.stringContaining('duration') as string },
      { id: null, message: expect.any(String) as string },
    ])
  })

  it('maps an unexpected direction to unknown instead of failing', () => {
    const page = toLogPage('calls', envelope([{ ...call, direction: 'sideways' }]))
    expect(page.records[0]?.direction).toBe('unknown')
  })
})
