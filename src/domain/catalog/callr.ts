import type { EntrySpec } from './entry'

/*
 * CALLR voice campaign calls. A call has exactly one status (ANSWERED, ABSENT
 * or ERROR) with a sub-status; both levels are kept. Calls that reached the
 * phone (ANSWERED/*, ABSENT/VOICEMAIL_DETECTED) may also carry a result code,
 * which describes the call but is not its outcome. CALLR reports a call once
 * it is over, so every one of its statuses is final.
 *
 * CALLR has no status for a call still under way: its record (a call detail
 * record) is written when the call ends. Until then Callboard shows the call
 * as In progress, an entry of ours (`ours: true`, in flight, never an
 * outcome), rather than with the status it has not been given yet.
 *
 * | CALLR status/sub-status        | phase          | outcome group |
 * | ------------------------------ | -------------- | ------------- |
 * | ANSWERED/COMPLETE              | final          | connected     |
 * | ANSWERED/INCOMPLETE            | final          | connected     |
 * | ABSENT/BUSY                    | final          | not-answered  |
 * | ABSENT/NO_ANSWER               | final          | not-answered  |
 * | ABSENT/VOICEMAIL_DETECTED      | final          | machine       |
 * | ERROR/BLACKLISTED              | final          | blocked       |
 * | ERROR/REJECTED                 | final          | failed        |
 * | ERROR/UNALLOCATED_NUMBER       | final          | failed        |
 * | ERROR/OTHER                    | final          | failed        |
 * | HANGUP                         | final (result) | none          |
 * | VOICEMAIL_COMPLETE             | final (result) | none          |
 * | VOICEMAIL_INCOMPLETE           | final (result) | none          |
 * | (ours) In progress             | in-flight      | in-progress   |
 *
 * BLACKLISTED is blocked, not failed: CALLR never placed the call. REJECTED
 * stays with CALLR's ERROR family (the carrier answered with an error),
 * unlike Routee's NoAnswer, where the call did reach the recipient.
 */
const reachedThePhone = [
  'callr.call.answered-complete',
  'callr.call.answered-incomplete',
  'callr.call.absent-voicemail-detected',
] as const

export const callrEntries = [
  {
    key: 'callr.call.answered-complete',
    vendor: 'callr',
    channel: 'call',
    code: 'ANSWERED/COMPLETE',
    label: 'Answered · Complete',
    levels: { status: 'ANSWERED', subStatus: 'COMPLETE' },
    kind: 'status',
    phase: 'final',
    outcome: 'connected',
    aliases: ['ANSWERED_COMPLETE'],
  },
  {
    key: 'callr.call.answered-incomplete',
    vendor: 'callr',
    channel: 'call',
    code: 'ANSWERED/INCOMPLETE',
    label: 'Answered · Incomplete',
    levels: { status: 'ANSWERED', subStatus: 'INCOMPLETE' },
    kind: 'status',
    phase: 'final',
    outcome: 'connected',
    aliases: ['ANSWERED_INCOMPLETE'],
  },
  {
    key: 'callr.call.absent-busy',
    vendor: 'callr',
    channel: 'call',
    code: 'ABSENT/BUSY',
    label: 'Absent · Busy',
    levels: { status: 'ABSENT', subStatus: 'BUSY' },
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
  },
  {
    key: 'callr.call.absent-no-answer',
    vendor: 'callr',
    channel: 'call',
    code: 'ABSENT/NO_ANSWER',
    label: 'Absent · No answer',
    levels: { status: 'ABSENT', subStatus: 'NO_ANSWER' },
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
  },
  {
    key: 'callr.call.absent-voicemail-detected',
    vendor: 'callr',
    channel: 'call',
    code: 'ABSENT/VOICEMAIL_DETECTED',
    label: 'Absent · Voicemail detected',
    levels: { status: 'ABSENT', subStatus: 'VOICEMAIL_DETECTED' },
    kind: 'status',
    phase: 'final',
    outcome: 'machine',
  },
  {
    key: 'callr.call.error-blacklisted',
    vendor: 'callr',
    channel: 'call',
    code: 'ERROR/BLACKLISTED',
    label: 'Error · Blacklisted',
    levels: { status: 'ERROR', subStatus: 'BLACKLISTED' },
    kind: 'status',
    phase: 'final',
    outcome: 'blocked',
  },
  {
    key: 'callr.call.error-rejected',
    vendor: 'callr',
    channel: 'call',
    code: 'ERROR/REJECTED',
    label: 'Error · Rejected',
    levels: { status: 'ERROR', subStatus: 'REJECTED' },
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
  },
  {
    key: 'callr.call.error-unallocated-number',
    vendor: 'callr',
    channel: 'call',
    code: 'ERROR/UNALLOCATED_NUMBER',
    label: 'Error · Unallocated number',
    levels: { status: 'ERROR', subStatus: 'UNALLOCATED_NUMBER' },
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
  },
  {
    key: 'callr.call.error-other',
    vendor: 'callr',
    channel: 'call',
    code: 'ERROR/OTHER',
    label: 'Error · Other',
    levels: { status: 'ERROR', subStatus: 'OTHER' },
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
  },
  {
    key: 'callr.call.hangup',
    vendor: 'callr',
    channel: 'call',
    code: 'HANGUP',
    label: 'Result: Hangup',
    kind: 'result',
    phase: 'final',
    outcome: null,
    appliesTo: reachedThePhone,
  },
  {
    key: 'callr.call.voicemail-complete',
    vendor: 'callr',
    channel: 'call',
    code: 'VOICEMAIL_COMPLETE',
    label: 'Result: Voicemail complete',
    kind: 'result',
    phase: 'final',
    outcome: null,
    appliesTo: reachedThePhone,
  },
  {
    key: 'callr.call.voicemail-incomplete',
    vendor: 'callr',
    channel: 'call',
    code: 'VOICEMAIL_INCOMPLETE',
    label: 'Result: Voicemail incomplete',
    kind: 'result',
    phase: 'final',
    outcome: null,
    appliesTo: reachedThePhone,
  },
  {
    key: 'callr.call.in-progress',
    vendor: 'callr',
    channel: 'call',
    code: 'in-progress',
    label: 'In progress',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
    ours: true,
  },
] as const satisfies readonly EntrySpec[]
