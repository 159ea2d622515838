import type { EntrySpec } from './entry'

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
  {
    key: 'ctm.call.answered',
    vendor: 'ctm',
    channel: 'call',
    code: 'answered',
    label: 'Answered',
    kind: 'status',
    phase: 'final',
    outcome: 'connected',
  },
  {
    key: 'ctm.call.completed',
    vendor: 'ctm',
    channel: 'call',
    code: 'completed',
    label: 'Completed',
    kind: 'status',
    phase: 'final',
    outcome: 'ivr',
  },
  {
    key: 'ctm.call.in-progress',
    vendor: 'ctm',
    channel: 'call',
    code: 'in-progress',
    label: 'In progress',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'ctm.call.hangup',
    vendor: 'ctm',
    channel: 'call',
    code: 'hangup',
    label: 'Hangup',
    kind: 'status',
    phase: 'final',
    outcome: 'canceled',
  },
  {
    key: 'ctm.call.busy',
    vendor: 'ctm',
    channel: 'call',
    code: 'busy',
    label: 'Busy',
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
  },
  {
    key: 'ctm.call.failed',
    vendor: 'ctm',
    channel: 'call',
    code: 'failed',
    label: 'Failed',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
  },
  {
    key: 'ctm.call.no-answer',
    vendor: 'ctm',
    channel: 'call',
    code: 'no-answer',
    label: 'No answer',
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
  },
  {
    key: 'ctm.call.canceled',
    vendor: 'ctm',
    channel: 'call',
    code: 'canceled',
    label: 'Canceled',
    kind: 'status',
    phase: 'final',
    outcome: 'canceled',
    aliases: ['cancelled'],
  },
  {
    key: 'ctm.call.no-audio',
    vendor: 'ctm',
    channel: 'call',
    code: 'no-audio',
    label: 'No Audio',
    kind: 'flag',
    phase: 'final',
    outcome: null,
  },
] as const satisfies readonly EntrySpec[]

export const ctmTextEntries = [
  {
    key: 'ctm.text.received',
    vendor: 'ctm',
    channel: 'text',
    code: 'received',
    label: 'Received',
    kind: 'status',
    phase: 'final',
    outcome: 'received',
  },
  {
    key: 'ctm.text.pending',
    vendor: 'ctm',
    channel: 'text',
    code: 'pending',
    label: 'Pending',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'ctm.text.sending',
    vendor: 'ctm',
    channel: 'text',
    code: 'sending',
    label: 'Sending',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'ctm.text.completed',
    vendor: 'ctm',
    channel: 'text',
    code: 'completed',
    label: 'Completed',
    kind: 'status',
    phase: 'final',
    outcome: 'sent',
  },
  {
    key: 'ctm.text.delivered',
    vendor: 'ctm',
    channel: 'text',
    code: 'delivered',
    label: 'Delivered',
    kind: 'status',
    phase: 'final',
    outcome: 'delivered',
  },
  {
    key: 'ctm.text.undelivered',
    vendor: 'ctm',
    channel: 'text',
    code: 'undelivered',
    label: 'Undelivered',
    kind: 'status',
    phase: 'final',
    outcome: 'not-delivered',
  },
  {
    key: 'ctm.text.unreachable',
    vendor: 'ctm',
    channel: 'text',
    code: 'unreachable',
    label: 'Unreachable',
    kind: 'status',
    phase: 'final',
    outcome: 'not-delivered',
  },
  {
    key: 'ctm.text.unsent',
    vendor: 'ctm',
    channel: 'text',
    code: 'unsent',
    label: 'Unsent',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
  },
  {
    key: 'ctm.text.queued',
    vendor: 'ctm',
    channel: 'text',
    code: 'queued',
    label: 'Queued',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'ctm.text.receiving',
    vendor: 'ctm',
    channel: 'text',
    code: 'receiving',
    label: 'Receiving',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'ctm.text.sent',
    vendor: 'ctm',
    channel: 'text',
    code: 'sent',
    label: 'Sent',
    kind: 'status',
    phase: 'provisional',
    outcome: 'sent',
  },
  {
    key: 'ctm.text.failed',
    vendor: 'ctm',
    channel: 'text',
    code: 'failed',
    label: 'Failed',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
  },
] as const satisfies readonly EntrySpec[]
