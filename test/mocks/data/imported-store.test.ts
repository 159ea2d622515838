// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { answerRequest } from '@/mocks/engine/answer-request'
import { dataSettings } from '@/mocks/engine/mock-request'
import { buildImportedCallStore } from '@/mocks/data/imported-call-store'
import { buildImportedTextStore } from '@/mocks/data/imported-text-store'
import { serveImportedRecords } from '@/mocks/data/imported-sets'
import { defaultSettings } from '@/mocks/settings/mock-settings'

const call = (
  id: string,
  at: string,
  status: CallWire['status'],
  extra: Partial<CallWire> = {},
): CallWire => ({
  id,
  vendor: 'twilio',
  direction: 'inbound',
  started_at: at,
  duration: 60,
  ring_time: 5,
  talk_time: 55,
  contact: { name: null, number: '+15555550100' },
  tracking_number: '+18005550100',
  receiving_number: null,
  source: null,
  agent: null,
  campaign: null,
  has_recording: false,
  status,
  result: null,
  trail: [],
  ...extra,
})

const text = (id: string, at: string, status: TextWire['status']): TextWire => ({
  id,
  vendor: 'twilio',
  direction: 'outbound',
  created_at: at,
  from: '+18005550100',
  to: '+15555550100',
  contact: { name: 'Zoë', number: '+15555550100' },
  body: 'Your order shipped',
  segments: 1,
  status,
  trail: [],
})

const completed = { code: 'completed', key: 'twilio.call.completed' }
const unknown = { code: 'voicemail-dropped', key: null }

const calls = [
  call('CA3', '2026-03-17T10:00:00Z', completed),
  call('CA1', '2026-03-17T08:00:00Z', unknown),
  call('CA2', '2026-03-17T09:00:00Z', completed, {
    agent: { id: 'ana', name: 'Ana Ruiz' },
  }),
  // The same id read again: kept once, the later reading wins.
  call('CA1', '2026-03-17T08:00:00Z', { code: 'busy', key: 'twilio.call.busy' }),
]

describe('a call log built from imported wire records', () => {
  const store = buildImportedCallStore('set-1|r1', calls)

  it('holds each id once, in time order, and gives the records back as read', () => {
    expect(store.size).toBe(3)
    expect([0, 1, 2].map((i) => store.record(i).id)).toEqual(['CA1', 'CA2', 'CA3'])
    expect(store.record(0).status.code).toBe('busy')
    expect(store.indexOf('CA3')).toBe(2)
    expect(store.indexOf('nope')).toBeNull()
    expect(store.start).toBe(Date.parse('2026-03-17T08:00:00Z'))
    expect(store.now).toBe(Date.parse('2026-03-17T10:00:00Z') + 1)
  })

  it('makes its facets of the values present, an unknown status counted apart', () => {
    const unknownStore = buildImportedCallStore('set-2|r1', [
      call('CA1', '2026-03-17T08:00:00Z', unknown),
      call('CA2', '2026-03-17T09:00:00Z', completed),
    ])
    const status = unknownStore.dims.find((dim) => dim.name === 'status')
    expect(status?.values.map((v) => v.value)).toEqual([
      'twilio:voicemail-dropped',
      'twilio.call.completed',
    ])
    const outcome = unknownStore.dims.find((dim) => dim.name === 'outcome')
    const counts = Object.fromEntries(
      outcome?.values.map((v, code) => [v.value, outcome.totals[code]]) ?? [],
    )
    expect(counts).toMatchObject({ unknown: 1, connected: 1 })
    const agent = store.dims.find((dim) => dim.name === 'agent')
    expect(agent?.values).toEqual([
      { value: 'none', label: 'No agent' },
      { value: 'ana', label: 'Ana Ruiz' },
    ])
  })
})

describe('a text log built from imported wire records', () => {
  it('is found by its body and contact, and knows its vendor', () => {
    const store = buildImportedTextStore('set-3|r1', [
      text('SM2', '2026-03-17T09:00:00Z', {
        code: 'delivered',
        key: 'twilio.text.delivered',
      }),
      text('SM1', '2026-03-17T08:00:00Z', { code: 'expired', key: null }),
    ])
    expect(store.size).toBe(2)
    expect(store.record(0).id).toBe('SM1')
    expect(store.search.bodies).toEqual(['Your order shipped'])
    const vendor = store.dims.find((dim) => dim.name === 'vendor')
    const twilio = vendor?.values.findIndex((v) => v.value === 'twilio') ?? -1
    expect(vendor?.totals[twilio]).toBe(2)
  })
})

describe('the engine serving an imported set', () => {
  const data = dataSettings(defaultSettings)
  const set = { id: 'set-9', revision: 'r1' }

  it('answers lists, filters and stats from the set the request names', () => {
    serveImportedRecords(set, { calls, texts: [] })
    const list = answerRequest({
      route: 'list',
      kind: 'calls',
      search: 'limit=10',
      data,
      set,
    })
    const page = JSON.parse(list.body) as { total: number; data: CallWire[] }
    expect(list.status).toBe(200)
    expect(page.total).toBe(3)
    expect(page.data.map((record) => record.id)).toEqual(['CA3', 'CA2', 'CA1'])
    const filtered = answerRequest({
      route: 'list',
      kind: 'calls',
      search: 'status=twilio.call.completed',
      data,
      set,
    })
    expect((JSON.parse(filtered.body) as { total: number }).total).toBe(2)
    const stats = answerRequest({ route: 'stats', kind: 'calls', search: '', data, set })
    expect(JSON.parse(stats.body)).toMatchObject({ kpis: { total: 3 } })
    const texts = answerRequest({ route: 'list', kind: 'texts', search: '', data, set })
    expect((JSON.parse(texts.body) as { total: number }).total).toBe(0)
  })

  it('says a set it does not hold is gone, and serves the demo without one', () => {
    const missing = answerRequest({
      route: 'list',
      kind: 'calls',
      search: '',
      data,
      set: { id: 'set-9', revision: 'r2' },
    })
    expect(missing.status).toBe(404)
    expect(missing.body).toContain('not in this browser any more')
    // A fixed clock: a running one keeps the records planned ahead of now out of the total.
    const demo = answerRequest({
      route: 'list',
      kind: 'calls',
      search: 'limit=1',
      data: { ...data, calls: 500, texts: 10, clock: 'fixed' },
    })
    expect((JSON.parse(demo.body) as { total: number }).total).toBe(500)
  })
})
