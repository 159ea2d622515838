import type { EntrySpec } from './entry'

/*
 * Ventured Solutions Messenger, voice messages. Phases are derived from each
 * meaning: Messenger does not mark them.
 *
 * | Messenger status           | phase     | outcome group |
 * | -------------------------- | --------- | ------------- |
 * | Queued                     | in-flight | in-progress   |
 * | In-progress                | in-flight | in-progress   |
 * | Completed                  | final     | connected     |
 * | Failed                     | final     | failed        |
 * | No-answer                  | final     | not-answered  |
 * | Cancelled                  | final     | canceled      |
 * | TryNumber 1 / 2 / 3        | (attempt) | in-progress   |
 * | Busy                       | final     | not-answered  |
 * | Ringing                    | final     | not-answered  |
 * | Outgoing                   | final     | failed        |
 * | Far End Disconnect         | final     | failed        |
 * | Network Disconnect         | final     | failed        |
 * | Connected – Answered       | in-flight | in-progress   |
 * | Connected – Answer machine | final     | machine       |
 * | Connected – No response    | final     | not-answered  |
 *
 * Ringing is an outcome here (it rang 30 s unanswered and was cut off), not a
 * step; Connected – Answered is the pick-up step before In-progress/Completed.
 */
const tryNumber = (n: 1 | 2 | 3) =>
  ({
    key: `messenger.call.try-number-${n}`,
    vendor: 'messenger',
    channel: 'call',
    code: `TryNumber${n}`,
    label: `TryNumber ${n}`,
    kind: 'attempt',
    phase: 'in-flight',
    outcome: 'in-progress',
    meaning: `Attempt on the contact’s number ${n} of up to 3 (mobile, home and work, as the Send Via option sets). When a number fails, Messenger moves on to the next; after trying every number the set number of times, the status becomes Failed or Completed.`,
    aliases: [`TryNumber'${n}'`, `Try Number ${n}`],
  }) as const

export const messengerEntries = [
  {
    key: 'messenger.call.queued',
    vendor: 'messenger',
    channel: 'call',
    code: 'Queued',
    label: 'Queued',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
    meaning: 'The call is ready and waiting its turn to go out.',
  },
  {
    key: 'messenger.call.in-progress',
    vendor: 'messenger',
    channel: 'call',
    code: 'In-progress',
    label: 'In-progress',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
    meaning: 'The call was answered and is still going on.',
  },
  {
    key: 'messenger.call.completed',
    vendor: 'messenger',
    channel: 'call',
    code: 'Completed',
    label: 'Completed',
    kind: 'status',
    phase: 'final',
    outcome: 'connected',
    meaning:
      'The call was answered and ended normally. Unlike CTM’s Completed, this means someone picked up.',
  },
  {
    key: 'messenger.call.failed',
    vendor: 'messenger',
    channel: 'call',
    code: 'Failed',
    label: 'Failed',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
    meaning:
      'The call could not be completed as dialled, most likely because the number does not exist.',
  },
  {
    key: 'messenger.call.no-answer',
    vendor: 'messenger',
    channel: 'call',
    code: 'No-answer',
    label: 'No-answer',
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
    meaning: 'The call ended without anyone answering.',
  },
  {
    key: 'messenger.call.cancelled',
    vendor: 'messenger',
    channel: 'call',
    code: 'Cancelled',
    label: 'Cancelled',
    kind: 'status',
    phase: 'final',
    outcome: 'canceled',
    meaning:
      'The call was cancelled through the REST API while it was queued or ringing.',
    aliases: ['Canceled'],
  },
  tryNumber(1),
  tryNumber(2),
  tryNumber(3),
  {
    key: 'messenger.call.busy',
    vendor: 'messenger',
    channel: 'call',
    code: 'Busy',
    label: 'Busy',
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
    meaning:
      'The recipient was on another call, so the call could not get through. With no answer machine to take it, no message was left.',
  },
  {
    key: 'messenger.call.ringing',
    vendor: 'messenger',
    channel: 'call',
    code: 'Ringing',
    label: 'Ringing',
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
    meaning:
      'Nobody answered and no answer machine took the call (or no answer-machine message was set up): the phone rang for 30 seconds, then the call was disconnected.',
  },
  {
    key: 'messenger.call.outgoing',
    vendor: 'messenger',
    channel: 'call',
    code: 'Outgoing',
    label: 'Outgoing',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
    meaning:
      'The telecom provider answered with a recorded announcement about the number, such as “the number you have dialled has been changed to…”. The message was not delivered.',
  },
  {
    key: 'messenger.call.far-end-disconnect',
    vendor: 'messenger',
    channel: 'call',
    code: 'Far End Disconnect',
    label: 'Far End Disconnect',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
    meaning:
      'The recipient’s network played an announcement (number not recognised, or does not take incoming calls). On a mobile this can be a network problem or poor signal; on a landline, the line may be disconnected.',
  },
  {
    key: 'messenger.call.network-disconnect',
    vendor: 'messenger',
    channel: 'call',
    code: 'Network Disconnect',
    label: 'Network Disconnect',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
    meaning:
      'The number is not active: the network answered that the number called is not available.',
  },
  {
    key: 'messenger.call.connected-answered',
    vendor: 'messenger',
    channel: 'call',
    code: 'Connected – Answered',
    label: 'Connected – Answered',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
    meaning: 'The recipient picked up the call; the message is about to play.',
    aliases: ['Connected - Answered'],
  },
  {
    key: 'messenger.call.connected-answer-machine',
    vendor: 'messenger',
    channel: 'call',
    code: 'Connected – Answer machine',
    label: 'Connected – Answer machine',
    kind: 'status',
    phase: 'final',
    outcome: 'machine',
    meaning:
      'An answer machine picked up and took the answer-machine message. Only possible when such a message has been created.',
    aliases: ['Connected - Answer machine'],
  },
  {
    key: 'messenger.call.connected-no-response',
    vendor: 'messenger',
    channel: 'call',
    code: 'Connected – No response',
    label: 'Connected – No response',
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
    meaning:
      'The call was picked up but no clear human voice was heard, so a prompt asked the recipient to press a key; they hung up without pressing one, and no message was played.',
    aliases: ['Connected - No response', 'No response'],
  },
] as const satisfies readonly EntrySpec[]
