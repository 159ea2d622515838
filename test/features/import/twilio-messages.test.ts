import { describe, expect, it } from 'vitest'
import { textSchema } from '@/api/text-schema'
import { twilioMessageToWire } from '@/features/import/parse/twilio-message'
import { fixtureText, parseInPieces, trailRows } from './read-fixture'

const dayFile = fixtureText('twilio-messages-2026-03-17.jsonl')
const options = { format: 'twilio-jsonl', kind: 'texts' } as const

describe('a Twilio BulkExport messages day file', () => {
  const result = parseInPieces(dayFile, options, 333)

  it('imports every readable line as an API text that the API schema accepts', () => {
    expect(result.calls).toEqual([])
    expect(result.texts).toHaveLength(18)
    for (const wire of result.texts) expect(textSchema.safeParse(wire).success).toBe(true)
    expect(result.summary).toMatchObject({
      kind: 'texts',
      records: 18,
      rejected: 2,
      duplicates: 0,
      knownStatuses: 17,
      unknownStatuses: 1,
    })
    expect(result.summary.unknownStatusCodes).toEqual(new Map([['expired', 1]]))
  })

  it('keeps the lines it cannot read, with the reason', () => {
    expect(result.rejected).toEqual([
      expect.objectContaining({ line: 11, raw: 'not json at all' }),
      expect.objectContaining({
        line: 13,
        field: 'status',
        reason: 'line 13: status 42 is not text',
      }),
    ])
  })

  it('reads DELIVERED as Twilio’s delivered, and keeps a script in a body as text', () => {
    const shouting = result.texts.find((text) => text.status.code === 'DELIVERED')
    expect(shouting?.status.key).toBe('twilio.text.delivered')
    expect(result.texts[1]?.body).toBe(
      '<script>alert("hi")</script> Reply STOP to opt out',
    )
  })
})

describe('twilioMessageToWire', () => {
  const delivered = {
    sid: 'SM1',
    from: '+18005550123',
    to: '+14155550100',
    direction: 'outbound-api',
    status: 'delivered',
    body: 'Hi',
    num_segments: '0',
    date_created: '2026-03-17T10:00:00Z',
    date_sent: 'Tue, 17 Mar 2026 10:00:02 +0000',
    date_updated: '2026-03-17T10:00:09+00:00',
  }

  it('builds the trail created → sent → the receipt, at the times Twilio gives', () => {
    const text = textSchema.parse(twilioMessageToWire(delivered))
    expect(trailRows(text)).toEqual([
      ['2026-03-17T10:00:00.000Z', 'Queued', null],
      ['2026-03-17T10:00:02.000Z', 'Sent', null],
      ['2026-03-17T10:00:09.000Z', 'Delivered', null],
    ])
    expect(text).toMatchObject({
      segments: 1,
      direction: 'outbound',
      contact: { number: '+14155550100' },
    })
  })

  it('starts a Messaging Service’s message as accepted, and an inbound one as receiving', () => {
    const viaService = twilioMessageToWire({ ...delivered, messaging_service_sid: 'MG1' })
    expect(viaService.trail[0]?.status.code).toBe('accepted')
    const inbound = twilioMessageToWire({
      ...delivered,
      direction: 'inbound',
      status: 'received',
      from: '+14155550100',
      to: '+18005550123',
    })
    expect(inbound.trail.map((step) => step.status.code)).toEqual([
      'receiving',
      'received',
    ])
    expect(inbound.contact.number).toBe('+14155550100')
  })

  it('leaves a queued message at its one step, and names the error of a failed one', () => {
    const queued = twilioMessageToWire({
      ...delivered,
      status: 'queued',
      date_sent: null,
    })
    expect(queued.trail.map((step) => step.status.code)).toEqual(['queued'])
    const failed = twilioMessageToWire({
      ...delivered,
      status: 'failed',
      date_sent: null,
      error_code: 30001,
    })
    expect(failed.trail.at(-1)).toMatchObject({
      status: { code: 'failed' },
      detail: 'Twilio error 30001',
    })
  })

  it('refuses a message with no time at all', () => {
    expect(() =>
      twilioMessageToWire({ ...delivered, date_created: '', date_sent: null }),
    ).toThrow('date_created and date_sent are both missing')
  })
})
