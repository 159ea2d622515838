import { entriesOf, type EntrySpec } from './entry'

const ctmCall = entriesOf('ctm', 'call')
const ctmText = entriesOf('ctm', 'text')

/*
 * CallTrackingMetrics, Activity Log (calls) and Text Log (texts). CTM does
 * not mark phases; each is derived from the meaning (CTM itself calls
 * Sending, Queued and Receiving temporary).
 *
 * | CTM call status | phase        | outcome group |
 * | --------------- | ------------ | ------------- |
 * | Answered        | final        | connected     |
 * | Completed       | final        | ivr           |
 * | In progress     | in-flight    | in-progress   |
 * | Hangup          | final        | canceled      |
 * | Busy            | final        | not-answered  |
 * | Failed          | final        | failed        |
 * | No answer       | final        | not-answered  |
 * | Canceled        | final        | canceled      |
 * | No Audio        | final (flag) | none          |
 *
 * Answered counts as connected although the receiving line may be a voicemail
 * box: CTM cannot tell, and the tooltip says so. Completed is not connected:
 * the caller only used the call route (voice menu, survey). No Audio says no
 * recording exists; it sits beside the call's status, never instead of it.
 *
 * | CTM text status | phase     | outcome group |
 * | --------------- | --------- | ------------- |
 * | Received        | final     | received      |
 * | Pending         | in-flight | in-flight     |
 * | Sending         | in-flight | in-flight     |
 * | Completed       | final     | sent          |
 * | Delivered       | final     | delivered     |
 * | Undelivered     | final     | not-delivered |
 * | Unreachable     | final     | not-delivered |
 * | Unsent          | final     | failed        |
 * | Queued          | in-flight | in-flight     |
 * | Receiving       | in-flight | in-flight     |
 * | Sent            | provisional | sent        |
 * | Failed          | final     | failed        |
 *
 * A text's Completed and Sent carry no delivery confirmation, so they count
 * as sent, never as delivered. Sent is provisional: a delivery receipt
 * (Delivered, or Undelivered, which the source defines by its receipt) can
 * still come after it, so the delivery rate counts Sent texts apart from the
 * texts that ended. Completed stays final: the source says the routing is
 * complete and speaks of no receipt after it (our reading, not its words).
 */
export const ctmCallEntries = [
  ctmCall('answered', 'Answered', 'connected'),
  ctmCall('completed', 'Completed', 'ivr'),
  ctmCall('in-progress', 'In progress', 'in-progress'),
  ctmCall('hangup', 'Hangup', 'canceled'),
  ctmCall('busy', 'Busy', 'not-answered'),
  ctmCall('failed', 'Failed', 'failed'),
  ctmCall('no-answer', 'No answer', 'not-answered'),
  ctmCall('canceled', 'Canceled', 'canceled', { aliases: ['cancelled'] }),
  ctmCall('no-audio', 'No Audio', null, { kind: 'flag' }),
] as const satisfies readonly EntrySpec[]

export const ctmTextEntries = [
  ctmText('received', 'Received', 'received'),
  ctmText('pending', 'Pending', 'in-flight'),
  ctmText('sending', 'Sending', 'in-flight'),
  ctmText('completed', 'Completed', 'sent'),
  ctmText('delivered', 'Delivered', 'delivered'),
  ctmText('undelivered', 'Undelivered', 'not-delivered'),
  ctmText('unreachable', 'Unreachable', 'not-delivered'),
  ctmText('unsent', 'Unsent', 'failed'),
  ctmText('queued', 'Queued', 'in-flight'),
  ctmText('receiving', 'Receiving', 'in-flight'),
  ctmText('sent', 'Sent', 'sent', { phase: 'provisional' }),
  ctmText('failed', 'Failed', 'failed'),
] as const satisfies readonly EntrySpec[]
