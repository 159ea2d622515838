import { entriesOf, type EntrySpec } from './entry'

const messengerCall = entriesOf('messenger', 'call')

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
    phase: 'in-flight',
  })

export const messengerEntries = [
  messengerCall('queued', 'Queued', 'in-progress', {
    code: 'Queued',
    phase: 'in-flight',
  }),
  messengerCall('in-progress', 'In-progress', 'in-progress', {
    code: 'In-progress',
    phase: 'in-flight',
  }),
  messengerCall('completed', 'Completed', 'connected', { code: 'Completed' }),
  messengerCall('failed', 'Failed', 'failed', { code: 'Failed' }),
  messengerCall('no-answer', 'No-answer', 'not-answered', { code: 'No-answer' }),
  messengerCall('cancelled', 'Cancelled', 'canceled', {
    code: 'Cancelled',
    aliases: ['Canceled'],
  }),
  tryNumber(1),
  tryNumber(2),
  tryNumber(3),
  messengerCall('busy', 'Busy', 'not-answered', { code: 'Busy' }),
  messengerCall('ringing', 'Ringing', 'not-answered', { code: 'Ringing' }),
  messengerCall('outgoing', 'Outgoing', 'failed', { code: 'Outgoing' }),
  messengerCall('far-end-disconnect', 'Far End Disconnect', 'failed', {
    code: 'Far End Disconnect',
  }),
  messengerCall('network-disconnect', 'Network Disconnect', 'failed', {
    code: 'Network Disconnect',
  }),
  messengerCall('connected-answered', 'Connected – Answered', 'in-progress', {
    code: 'Connected – Answered',
    phase: 'in-flight',
  }),
  messengerCall('connected-answer-machine', 'Connected – Answer machine', 'machine', {
    code: 'Connected – Answer machine',
  }),
  messengerCall('connected-no-response', 'Connected – No response', 'not-answered', {
    code: 'Connected – No response',
    aliases: ['No response'],
  }),
] as const satisfies readonly EntrySpec[]
