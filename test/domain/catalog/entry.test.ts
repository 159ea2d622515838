import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  codedEntriesOf,
  entriesOf,
  phaseOf,
  sentenceCase,
  slugOf,
} from '@/domain/catalog/entry'

describe('entriesOf', () => {
  const callrCall = entriesOf('callr', 'call')

  it('makes a final status keyed by vendor, channel and slug, whose code is the slug', () => {
    expect(callrCall('hangup', 'Hangup', 'canceled')).toEqual({
      key: 'callr.call.hangup',
      vendor: 'callr',
      channel: 'call',
      code: 'hangup',
      label: 'Hangup',
      kind: 'status',
      phase: 'final',
      outcome: 'canceled',
    })
  })

  it('takes what the details say over the defaults, and adds the rest', () => {
    const entry = callrCall('error-other', 'Error · Other', null, {
      code: 'ERROR/OTHER',
      kind: 'result',
      phase: 'in-flight',
      levels: { status: 'ERROR', subStatus: 'OTHER' },
    })
    expect(entry).toMatchObject({
      key: 'callr.call.error-other',
      code: 'ERROR/OTHER',
      kind: 'result',
      phase: 'in-flight',
      outcome: null,
      levels: { status: 'ERROR', subStatus: 'OTHER' },
    })
  })
})

describe('phaseOf', () => {
  it('puts a status in flight exactly when its group is not an outcome', () => {
    expect(phaseOf('in-progress')).toBe('in-flight')
    expect(phaseOf('in-flight')).toBe('in-flight')
    expect(phaseOf('connected')).toBe('final')
    expect(phaseOf('sent')).toBe('final')
  })

  it('makes flags and result codes final', () => {
    expect(phaseOf(null)).toBe('final')
  })

  it('is the phase entriesOf gives unless the details say another', () => {
    const ctmText = entriesOf('ctm', 'text')
    expect(ctmText('queued', 'Queued', 'in-flight').phase).toBe('in-flight')
    expect(ctmText('sent', 'Sent', 'sent', { phase: 'provisional' }).phase).toBe(
      'provisional',
    )
  })
})

describe('entriesOf with what a vendor’s entries share', () => {
  it('gives every entry the shared details, made from its label', () => {
    const routeeCall = entriesOf('routee', 'call', (label) => ({
      code: label,
      phaseFromVendor: true,
    }))
    expect(routeeCall('no-answer', 'NoAnswer', 'not-answered')).toMatchObject({
      key: 'routee.call.no-answer',
      code: 'NoAnswer',
      label: 'NoAnswer',
      phaseFromVendor: true,
    })
  })

  it('lets an entry’s own details win over the shared ones', () => {
    const messengerCall = entriesOf('messenger', 'call', (label) => ({ code: label }))
    expect(
      messengerCall('try-number-1', 'TryNumber 1', 'in-progress', {
        code: "TryNumber'1'",
      }).code,
    ).toBe("TryNumber'1'")
  })
})

describe('slugOf and sentenceCase', () => {
  it('turns a vendor’s code into the last part of a key, in its type too', () => {
    const slug = slugOf('ABSENT/NO_ANSWER')
    expect(slug).toBe('absent-no-answer')
    expectTypeOf(slug).toEqualTypeOf<'absent-no-answer'>()
    expectTypeOf(slugOf('partially_delivered')).toEqualTypeOf<'partially-delivered'>()
    expect(slugOf('partially_delivered')).toBe('partially-delivered')
    expect(slugOf('in-progress')).toBe('in-progress')
  })

  it('says a code in words, capitalised once', () => {
    expect(sentenceCase('in-progress')).toBe('In progress')
    expect(sentenceCase('partially_delivered')).toBe('Partially delivered')
    expect(sentenceCase('UNALLOCATED_NUMBER')).toBe('Unallocated number')
    expect(sentenceCase('HANGUP')).toBe('Hangup')
  })
})

describe('codedEntriesOf', () => {
  it('keys and labels an entry by its code', () => {
    const twilioText = codedEntriesOf('twilio', 'text')
    const entry = twilioText('partially_delivered', 'sent')
    expect(entry).toEqual({
      key: 'twilio.text.partially-delivered',
      vendor: 'twilio',
      channel: 'text',
      code: 'partially_delivered',
      label: 'Partially delivered',
      kind: 'status',
      phase: 'final',
      outcome: 'sent',
    })
    expectTypeOf(entry.key).toEqualTypeOf<'twilio.text.partially-delivered'>()
  })

  it('labels by the vendor’s rule when given one, and keeps the details', () => {
    const callrResult = codedEntriesOf('callr', 'call', (code) => `Result: ${code}`)
    expect(
      callrResult('HANGUP', null, { kind: 'result', appliesTo: ['callr.call.x'] }),
    ).toMatchObject({
      key: 'callr.call.hangup',
      code: 'HANGUP',
      label: 'Result: HANGUP',
      kind: 'result',
      appliesTo: ['callr.call.x'],
    })
  })
})
