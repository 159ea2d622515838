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
 * | Sent            | final     | sent          |
 * | Failed          | final     | failed        |
 *
 * A text's Completed and Sent carry no delivery confirmation, so they count
 * as sent, never as delivered.
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
    meaning:
      'The call reached its destination route and was picked up: a person in a call queue or an agent, or the receiving line connecting. A receiving line may itself be a voicemail box, which CTM cannot tell apart.',
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
    meaning:
      'The caller reached the tracking number and interacted with the call route (a voice menu or survey), but the call was never routed to a queue, an agent or a receiving number, so nobody answered. Useful to count how often callers used your IVR; not a connected call.',
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
    meaning:
      'The call is still under way: talking with an agent, on hold, moving through a voice menu or waiting in a queue.',
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
    meaning:
      'The caller hung up before routing finished: before being connected to the receiving number, before choosing in a voice menu, or after a wrong or missing choice.',
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
    meaning:
      'The call was routed to a receiving number that gave a busy signal because it was already on another call.',
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
    meaning:
      'The call could not be connected, for example because the receiving number is misconfigured or the destination is out of service.',
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
    meaning:
      'Routing finished and the call was offered to an agent or receiving number, but nobody and no machine picked up. Also covers a contact who never pressed a key in the voice menu and a call ended by the system.',
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
    meaning: 'The caller disconnected before the call was answered.',
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
    meaning:
      'There is no audio recording for this call. A recording flag, not an outcome: a call can be Answered and have No Audio.',
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
    meaning: 'CTM has received the text the sender sent to your number.',
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
    meaning: 'The dialer has put the text into the send queue.',
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
    meaning: 'Temporary: the system is transmitting the text to the recipient right now.',
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
    meaning:
      'The system finished the text’s routing or trigger. The recipient may or may not have received it: there is no delivery confirmation.',
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
    meaning: 'The recipient received the text.',
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
    meaning:
      'A delivery receipt came back saying the text did not arrive, for example because the carrier filtered its content or the handset was not available.',
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
    meaning: 'The destination handset is switched off or otherwise unavailable.',
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
    meaning:
      'The system did not send the text. One cause: several texts to the same contact within the same second are rate-limited to prevent spam-like sending; check that each automation sends one message to a contact at a time.',
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
    meaning:
      'Temporary: waiting its turn to be processed and sent. A number usually sends one text per second, so texts sent at once from one number (a bulk send, say) wait in a queue.',
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
    meaning: 'Temporary: the customer is sending this text to CTM right now.',
  },
  {
    key: 'ctm.text.sent',
    vendor: 'ctm',
    channel: 'text',
    code: 'sent',
    label: 'Sent',
    kind: 'status',
    phase: 'final',
    outcome: 'sent',
    meaning:
      'The system sent the text to the recipient, but it may not have arrived: no delivery receipt confirms it.',
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
    meaning:
      'The text could not be delivered, for example because the number is on the Do Not Text list, is out of service, or cannot receive texts.',
  },
] as const satisfies readonly EntrySpec[]
