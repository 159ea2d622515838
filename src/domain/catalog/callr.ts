import type { OutcomeGroup } from '../outcomes'
import {
  codedEntriesOf,
  entriesOf,
  sentenceCase,
  type EntryDetails,
  type EntrySpec,
} from './entry'

const callrCall = entriesOf('callr', 'call')

/**
 * A call status: its key, code (`ABSENT/NO_ANSWER`) and label
 * (`Absent · No answer`) all say its two levels.
 */
const statusOf = codedEntriesOf('callr', 'call', (code) =>
  code.split('/').map(sentenceCase).join(' · '),
)
const callrStatus = <const S extends string, const Sub extends string>(
  status: S,
  subStatus: Sub,
  outcome: OutcomeGroup,
  details?: Pick<EntryDetails, 'aliases'>,
) =>
  statusOf(`${status}/${subStatus}`, outcome, {
    levels: { status, subStatus },
    ...details,
  })

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
const callrStatuses = [
  callrStatus('ANSWERED', 'COMPLETE', 'connected', { aliases: ['ANSWERED_COMPLETE'] }),
  callrStatus('ANSWERED', 'INCOMPLETE', 'connected', {
    aliases: ['ANSWERED_INCOMPLETE'],
  }),
  callrStatus('ABSENT', 'BUSY', 'not-answered'),
  callrStatus('ABSENT', 'NO_ANSWER', 'not-answered'),
  callrStatus('ABSENT', 'VOICEMAIL_DETECTED', 'machine'),
  callrStatus('ERROR', 'BLACKLISTED', 'blocked'),
  callrStatus('ERROR', 'REJECTED', 'failed'),
  callrStatus('ERROR', 'UNALLOCATED_NUMBER', 'failed'),
  callrStatus('ERROR', 'OTHER', 'failed'),
] as const satisfies readonly EntrySpec[]

/** The calls that reached the phone: a person or a machine took them. */
const reachedThePhone = Object.freeze(
  callrStatuses
    .filter((entry) => entry.outcome === 'connected' || entry.outcome === 'machine')
    .map((entry) => entry.key),
)

/**
 * A result code (`HANGUP`, labelled `Result: Hangup`) describes a call that
 * reached the phone; it is not its outcome.
 */
const resultOf = codedEntriesOf(
  'callr',
  'call',
  (code) => `Result: ${sentenceCase(code)}`,
)
const callrResult = <const R extends string>(code: R) =>
  resultOf(code, null, { kind: 'result', appliesTo: reachedThePhone })

export const callrEntries = [
  ...callrStatuses,
  callrResult('HANGUP'),
  callrResult('VOICEMAIL_COMPLETE'),
  callrResult('VOICEMAIL_INCOMPLETE'),
  callrCall('in-progress', 'In progress', 'in-progress', { ours: true }),
] as const satisfies readonly EntrySpec[]
