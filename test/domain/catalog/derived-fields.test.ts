import { describe, expect, it } from 'vitest'
import { statusesFor } from '@/domain/catalog/catalog'
import type { Vendor } from '@/domain/vendors'

// The vendor files derive these fields from one another; the expected values
// are what the files used to spell out by hand, so a derivation that drifts fails.
const field = <F extends 'code' | 'label'>(
  vendor: Vendor,
  channel: 'call' | 'text',
  f: F,
) => statusesFor({ vendor, channel }).map((entry) => entry[f])

describe('the fields a vendor file derives', () => {
  it('labels each CALLR status with its two levels, and each result code, in words', () => {
    expect(field('callr', 'call', 'label')).toEqual([
      'Answered · Complete',
      'Answered · Incomplete',
      'Absent · Busy',
      'Absent · No answer',
      'Absent · Voicemail detected',
      'Error · Blacklisted',
      'Error · Rejected',
      'Error · Unallocated number',
      'Error · Other',
      'Result: Hangup',
      'Result: Voicemail complete',
      'Result: Voicemail incomplete',
      'In progress',
    ])
  })

  it('keys each CALLR entry by its code, hyphenated', () => {
    expect(statusesFor({ vendor: 'callr' }).map((entry) => entry.key)).toEqual([
      'callr.call.answered-complete',
      'callr.call.answered-incomplete',
      'callr.call.absent-busy',
      'callr.call.absent-no-answer',
      'callr.call.absent-voicemail-detected',
      'callr.call.error-blacklisted',
      'callr.call.error-rejected',
      'callr.call.error-unallocated-number',
      'callr.call.error-other',
      'callr.call.hangup',
      'callr.call.voicemail-complete',
      'callr.call.voicemail-incomplete',
      'callr.call.in-progress',
    ])
  })

  it('labels each Twilio status with its code in words', () => {
    expect(field('twilio', 'call', 'label')).toEqual([
      'Queued',
      'Initiated',
      'Ringing',
      'In progress',
      'Completed',
      'Busy',
      'No answer',
      'Canceled',
      'Failed',
    ])
    expect(field('twilio', 'text', 'label')).toEqual([
      'Accepted',
      'Scheduled',
      'Queued',
      'Sending',
      'Sent',
      'Delivered',
      'Undelivered',
      'Failed',
      'Receiving',
      'Received',
      'Read',
      'Canceled',
      'Partially delivered',
    ])
  })

  it('gives Routee’s and Messenger’s statuses their label as code, but for TryNumber', () => {
    for (const entry of statusesFor({ vendor: 'routee' })) {
      expect(entry.code, entry.key).toBe(entry.label)
    }
    expect(
      field('messenger', 'call', 'code').filter((code) => code.startsWith('Try')),
    ).toEqual(["TryNumber'1'", "TryNumber'2'", "TryNumber'3'"])
    for (const entry of statusesFor({ vendor: 'messenger' })) {
      if (entry.kind !== 'attempt') expect(entry.code, entry.key).toBe(entry.label)
    }
  })

  it('marks every Routee voice phase as Routee’s, and of its campaigns only the final ones', () => {
    const marked = statusesFor({ vendor: 'routee' })
      .filter((entry) => entry.phaseFromVendor)
      .map((entry) => entry.key)
    expect(marked).toEqual([
      ...statusesFor({ vendor: 'routee', channel: 'call' }).map((entry) => entry.key),
      'routee.campaign.finished',
      'routee.campaign.failed',
    ])
  })

  it('keeps CALLR’s two levels apart, and its code made of them', () => {
    const levels = statusesFor({ vendor: 'callr' }).flatMap((entry) =>
      entry.levels ? [[entry.code, entry.levels.status, entry.levels.subStatus]] : [],
    )
    expect(levels).toEqual([
      ['ANSWERED/COMPLETE', 'ANSWERED', 'COMPLETE'],
      ['ANSWERED/INCOMPLETE', 'ANSWERED', 'INCOMPLETE'],
      ['ABSENT/BUSY', 'ABSENT', 'BUSY'],
      ['ABSENT/NO_ANSWER', 'ABSENT', 'NO_ANSWER'],
      ['ABSENT/VOICEMAIL_DETECTED', 'ABSENT', 'VOICEMAIL_DETECTED'],
      ['ERROR/BLACKLISTED', 'ERROR', 'BLACKLISTED'],
      ['ERROR/REJECTED', 'ERROR', 'REJECTED'],
      ['ERROR/UNALLOCATED_NUMBER', 'ERROR', 'UNALLOCATED_NUMBER'],
      ['ERROR/OTHER', 'ERROR', 'OTHER'],
    ])
  })

  it('attaches each CALLR result code to the calls that reached the phone', () => {
    const reached = [
      'callr.call.answered-complete',
      'callr.call.answered-incomplete',
      'callr.call.absent-voicemail-detected',
    ]
    expect(
      statusesFor({ vendor: 'callr' }).flatMap((entry) =>
        entry.appliesTo ? [[entry.key, entry.appliesTo]] : [],
      ),
    ).toEqual([
      ['callr.call.hangup', reached],
      ['callr.call.voicemail-complete', reached],
      ['callr.call.voicemail-incomplete', reached],
    ])
  })

  it('keeps every other spelling a vendor uses', () => {
    expect(
      statusesFor({}).flatMap((entry) =>
        entry.aliases ? [[entry.key, entry.aliases]] : [],
      ),
    ).toEqual([
      ['ctm.call.canceled', ['cancelled']],
      ['messenger.call.cancelled', ['Canceled']],
      ['messenger.call.connected-no-response', ['No response']],
      ['callr.call.answered-complete', ['ANSWERED_COMPLETE']],
      ['callr.call.answered-incomplete', ['ANSWERED_INCOMPLETE']],
      ['twilio.call.canceled', ['cancelled']],
      ['twilio.text.canceled', ['cancelled']],
    ])
  })

  it('puts in flight exactly the steps the files used to mark so', () => {
    expect(
      statusesFor({})
        .filter((entry) => entry.phase === 'in-flight')
        .map((entry) => entry.key),
    ).toEqual([
      'ctm.call.in-progress',
      'ctm.text.pending',
      'ctm.text.sending',
      'ctm.text.queued',
      'ctm.text.receiving',
      'messenger.call.queued',
      'messenger.call.in-progress',
      'messenger.call.try-number-1',
      'messenger.call.try-number-2',
      'messenger.call.try-number-3',
      'messenger.call.connected-answered',
      'routee.call.queued',
      'routee.call.initiated',
      'routee.call.ringing',
      'routee.call.in-progress',
      'routee.call.unknown',
      'routee.campaign.scheduled',
      'routee.campaign.queued',
      'routee.campaign.running',
      'routee.campaign.sent',
      'callr.call.in-progress',
      'twilio.call.queued',
      'twilio.call.initiated',
      'twilio.call.ringing',
      'twilio.call.in-progress',
      'twilio.text.accepted',
      'twilio.text.scheduled',
      'twilio.text.queued',
      'twilio.text.sending',
      'twilio.text.receiving',
    ])
  })

  it('says a phase only where it is provisional: the others follow the outcome group', () => {
    expect(
      statusesFor({})
        .filter((entry) => entry.phase === 'provisional')
        .map((entry) => entry.key),
    ).toEqual(['ctm.text.sent', 'twilio.text.sent'])
  })
})
