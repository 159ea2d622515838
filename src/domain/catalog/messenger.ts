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
 * | Connected – Answered       | in-flight           | in-progress   |
 * | Connected – Answer machine | final               | machine       |
 * | Connected – No response    | final               | not-answered  |
 *
 * Ringing is an outcome here, not a step: Messenger reports it for a call
 * that rang 30 s unanswered and was cut off (Routee's Ringing is a step).
 * Connected – Answered is the moment the recipient picks up ("when the call
 * is picked-up by the recipient"): the call goes on, In-progress ("answered
 * and is currently in progress") and then Completed ("answered and has ended
 * normally") follow it. So it is a step in flight, not an outcome; the
 * answered call counts as connected once it is Completed. Connected – No
 * response is final: Messenger returns it once the phone was put down.
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
    aliases: ['No response'],
  },
] as const satisfies readonly EntrySpec[]
