import { describe, expect, it } from 'vitest'
import { lookupStatus, statusesFor } from '@/domain/catalog/catalog'
import { meaningOf } from '@/domain/catalog/meaning'
import { vendorFullName, vendors } from '@/domain/vendors'

const codes = (channel: 'call' | 'text') =>
  statusesFor({ vendor: 'twilio', channel }).map((entry) => entry.code)

describe('Twilio in the catalog', () => {
  it('is the fifth vendor', () => {
    expect(vendors).toEqual(['ctm', 'messenger', 'routee', 'callr', 'twilio'])
    expect(vendorFullName('twilio')).toBe('Twilio')
  })

  it('holds every documented Call and Message status', () => {
    expect(codes('call')).toEqual([
      'queued',
      'initiated',
      'ringing',
      'in-progress',
      'completed',
      'busy',
      'no-answer',
      'canceled',
      'failed',
    ])
    expect(codes('text')).toEqual([
      'accepted',
      'scheduled',
      'queued',
      'sending',
      'sent',
      'delivered',
      'undelivered',
      'failed',
      'receiving',
      'received',
      'read',
      'canceled',
      'partially_delivered',
    ])
  })

  it('groups them into the shared outcomes, never counting one under way', () => {
    const outcome = (channel: 'call' | 'text', code: string) =>
      lookupStatus('twilio', channel, code).outcome
    expect(outcome('call', 'completed')).toBe('connected')
    expect(outcome('call', 'busy')).toBe('not-answered')
    expect(outcome('call', 'no-answer')).toBe('not-answered')
    expect(outcome('call', 'canceled')).toBe('canceled')
    expect(outcome('call', 'failed')).toBe('failed')
    for (const code of ['queued', 'initiated', 'ringing', 'in-progress'])
      expect(outcome('call', code), code).toBe('in-progress')
    expect(outcome('text', 'read')).toBe('delivered')
    expect(outcome('text', 'undelivered')).toBe('not-delivered')
    expect(outcome('text', 'received')).toBe('received')
    expect(outcome('text', 'canceled')).toBe('failed')
    for (const code of ['accepted', 'scheduled', 'queued', 'sending', 'receiving'])
      expect(outcome('text', code), code).toBe('in-flight')
    // A receipt can still follow Sent, as with CTM's.
    expect(lookupStatus('twilio', 'text', 'sent')).toMatchObject({
      phase: 'provisional',
      outcome: 'sent',
    })
  })

  it('finds a status however it is spelt, and only in its own channel', () => {
    for (const spelling of ['No Answer', 'no_answer', 'NO-ANSWER', 'noanswer'])
      expect(lookupStatus('twilio', 'call', spelling).key, spelling).toBe(
        'twilio.call.no-answer',
      )
    expect(lookupStatus('twilio', 'text', 'Partially Delivered').key).toBe(
      'twilio.text.partially-delivered',
    )
    expect(lookupStatus('twilio', 'call', 'cancelled').key).toBe('twilio.call.canceled')
    expect(lookupStatus('twilio', 'call', 'delivered').known).toBe(false)
  })

  it('explains each status in words that say what the vendor cannot tell', () => {
    const completed = lookupStatus('twilio', 'call', 'completed')
    expect(meaningOf(completed)).toMatch(/voicemail box/)
    expect(meaningOf(lookupStatus('twilio', 'text', 'sent'))).toMatch(/not a delivery/)
  })
})
