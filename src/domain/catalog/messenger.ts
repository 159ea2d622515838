import type { EntrySpec } from './entry'

/*
 * Ventured Solutions Messenger, voice messages. Messenger does not mark
 * phases; each is derived from the meaning.
 *
 * | Messenger status           | phase               | outcome group |
 * | -------------------------- | ------------------- | ------------- |
 * | Queued                     | in-flight           | in-progress   |
 * | In-progress                | in-flight           | in-progress   |
 * | Completed                  | final               | connected     |
 * | Failed                     | final               | failed        |
 * | No-answer                  | final               | not-answered  |
 * | Cancelled                  | final               | canceled      |
 * | TryNumber'1' / '2' / '3'   | in-flight (attempt) | in-progress   |
 * | Busy                       | final               | not-answered  |
 * | Ringing                    | final               | not-answered  |
 * | Outgoing                   | final               | failed        |
 * | Far End Disconnect         | final               | failed        |
 * | Network Disconnect         | final               | failed        |
 * | Connected – Answered       | final               | connected     |
 * | Connected – Answer machine | final               | machine       |
 * | Connected – No response    | final               | not-answered  |
 *
 * Ringing is an outcome here, not a step: Messenger reports it for a call
 * that rang 30 s unanswered and was cut off (Routee's Ringing is a step).
 * The three Connected – … statuses are Messenger's verdict on who picked up
 * (a person, a machine, or nobody who responded); they are siblings, so all
 * three are final, and a person picking up counts as connected.
 */
const tryNumber = (n: 1 | 2 | 3) =>
  ({
    key: `messenger.call.try-number-${n}`,
    vendor: 'messenger',
    channel: 'call',
    code: `TryNumber'${n}'`,
    label: `TryNumber ${n}`,
    kind: 'attempt',
    phase: 'in-flight',
    outcome: 'in-progress',
    meaning: `An attempt on the contact’s number ${n} of at most 3 (mobile, home, work: the Voice to Mobile/Home/Work options of Send Via). When a number fails, Messenger moves on to the next; once every number has been tried the configured number of times, the call ends as Failed or Completed.`,
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
      'The recipient was already on the phone, so the call could not get through. Messenger reports Busy when no answer machine could take the call instead: no message was left.',
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
    phase: 'final',
    outcome: 'connected',
    meaning:
      'The recipient picked up the call in person. When Messenger hears a human voice answer, it plays the normal message rather than the answer-machine one.',
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
      'An answer machine picked up and the answer-machine message was played to it. Only possible when such a message has been created.',
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
      'The call was picked up, but Messenger could not tell a person from a machine (a noisy line, a very quiet recipient), so it played a prompt asking for a key press. The phone was put down without any key being pressed, so no message was played.',
    aliases: ['No response'],
  },
] as const satisfies readonly EntrySpec[]
