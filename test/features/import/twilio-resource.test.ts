import { describe, expect, it } from 'vitest'
import { twilioFields, twilioTrail } from '@/features/import/parse/twilio-resource'

describe('twilioFields', () => {
  it('reads what calls and messages share', () => {
    expect(
      twilioFields({
        sid: 'SM1',
        direction: 'outbound-api',
        from: '+18005550123',
        to: 4155550100,
        status: 'sent',
      }),
    ).toEqual({
      id: 'SM1',
      rawDirection: 'outbound-api',
      direction: 'outbound',
      from: '+18005550123',
      to: '4155550100',
      status: 'sent',
    })
  })

  it('reports the first bad field in the order a row is read: the sid before the status', () => {
    expect(() => twilioFields({ status: 42 })).toThrow('sid is missing')
    expect(() => twilioFields({ sid: 'CA1', status: 42 })).toThrow(
      'status 42 is not text',
    )
  })
})

describe('twilioTrail', () => {
  it('adds a step only at a given time and when the status changes; push always adds', () => {
    const trail = twilioTrail('text')
    trail.add(null, 'queued')
    trail.add(Date.UTC(2026, 2, 17, 10), 'queued')
    trail.add(Date.UTC(2026, 2, 17, 10, 1), 'queued')
    trail.push(Date.UTC(2026, 2, 17, 10, 2), 'queued', 'Twilio error 30003')
    expect(trail.steps.map((step) => [step.at, step.status.code, step.detail])).toEqual([
      ['2026-03-17T10:00:00.000Z', 'queued', null],
      ['2026-03-17T10:02:00.000Z', 'queued', 'Twilio error 30003'],
    ])
    expect(trail.last()).toBe('queued')
    expect(trail.steps[0]?.status.key).toBe('twilio.text.queued')
  })
})
