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

  it('says a phase only where it is provisional: the others follow the outcome group', () => {
    expect(
      statusesFor({})
        .filter((entry) => entry.phase === 'provisional')
        .map((entry) => entry.key),
    ).toEqual(['ctm.text.sent', 'twilio.text.sent'])
  })
})
