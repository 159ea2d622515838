import { entriesOf, type EntrySpec } from './entry'

const callrCall = entriesOf('callr', 'call')

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
  callrCall('answered-complete', 'Answered · Complete', 'connected', {
    code: 'ANSWERED/COMPLETE',
    levels: { status: 'ANSWERED', subStatus: 'COMPLETE' },
    aliases: ['ANSWERED_COMPLETE'],
  }),
  callrCall('answered-incomplete', 'Answered · Incomplete', 'connected', {
    code: 'ANSWERED/INCOMPLETE',
    levels: { status: 'ANSWERED', subStatus: 'INCOMPLETE' },
    aliases: ['ANSWERED_INCOMPLETE'],
  }),
  callrCall('absent-busy', 'Absent · Busy', 'not-answered', {
    code: 'ABSENT/BUSY',
    levels: { status: 'ABSENT', subStatus: 'BUSY' },
  }),
  callrCall('absent-no-answer', 'Absent · No answer', 'not-answered', {
    code: 'ABSENT/NO_ANSWER',
    levels: { status: 'ABSENT', subStatus: 'NO_ANSWER' },
  }),
  callrCall('absent-voicemail-detected', 'Absent · Voicemail detected', 'machine', {
    code: 'ABSENT/VOICEMAIL_DETECTED',
    levels: { status: 'ABSENT', subStatus: 'VOICEMAIL_DETECTED' },
  }),
  callrCall('error-blacklisted', 'Error · Blacklisted', 'blocked', {
    code: 'ERROR/BLACKLISTED',
    levels: { status: 'ERROR', subStatus: 'BLACKLISTED' },
  }),
  callrCall('error-rejected', 'Error · Rejected', 'failed', {
    code: 'ERROR/REJECTED',
    levels: { status: 'ERROR', subStatus: 'REJECTED' },
  }),
  callrCall('error-unallocated-number', 'Error · Unallocated number', 'failed', {
    code: 'ERROR/UNALLOCATED_NUMBER',
    levels: { status: 'ERROR', subStatus: 'UNALLOCATED_NUMBER' },
  }),
  callrCall('error-other', 'Error · Other', 'failed', {
    code: 'ERROR/OTHER',
    levels: { status: 'ERROR', subStatus: 'OTHER' },
  }),
  callrCall('hangup', 'Result: Hangup', null, {
    code: 'HANGUP',
    kind: 'result',
    appliesTo: reachedThePhone,
  }),
  callrCall('voicemail-complete', 'Result: Voicemail complete', null, {
    code: 'VOICEMAIL_COMPLETE',
    kind: 'result',
    appliesTo: reachedThePhone,
  }),
  callrCall('voicemail-incomplete', 'Result: Voicemail incomplete', null, {
    code: 'VOICEMAIL_INCOMPLETE',
    kind: 'result',
    appliesTo: reachedThePhone,
  }),
  callrCall('in-progress', 'In progress', 'in-progress', {
    phase: 'in-flight',
    ours: true,
  }),
] as const satisfies readonly EntrySpec[]
