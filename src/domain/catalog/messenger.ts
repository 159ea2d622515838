import { entriesOf, type EntrySpec } from './entry'

// Messenger's code is its label (but for TryNumber's).
const messengerCall = entriesOf('messenger', 'call', (label) => ({ code: label }))

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
const tryNumber = <const N extends 1 | 2 | 3>(n: N) =>
  messengerCall(`try-number-${n}`, `TryNumber ${n}`, 'in-progress', {
    code: `TryNumber'${n}'`,
    kind: 'attempt',
  })

export const messengerEntries = [
  messengerCall('queued', 'Queued', 'in-progress'),
  messengerCall('in-progress', 'In-progress', 'in-progress'),
  messengerCall('completed', 'Completed', 'connected'),
  messengerCall('failed', 'Failed', 'failed'),
  messengerCall('no-answer', 'No-answer', 'not-answered'),
  messengerCall('cancelled', 'Cancelled', 'canceled', { aliases: ['Canceled'] }),
  tryNumber(1),
  tryNumber(2),
  tryNumber(3),
  messengerCall('busy', 'Busy', 'not-answered'),
  messengerCall('ringing', 'Ringing', 'not-answered'),
  messengerCall('outgoing', 'Outgoing', 'failed'),
  messengerCall('far-end-disconnect', 'Far End Disconnect', 'failed'),
  messengerCall('network-disconnect', 'Network Disconnect', 'failed'),
  messengerCall('connected-answered', 'Connected – Answered', 'in-progress'),
  messengerCall('connected-answer-machine', 'Connected – Answer machine', 'machine'),
  messengerCall('connected-no-response', 'Connected – No response', 'not-answered', {
    aliases: ['No response'],
  }),
] as const satisfies readonly EntrySpec[]
