import type { EntrySpec } from './entry'

/*
 * Twilio Programmable Messaging: the statuses of a Message resource (SMS,
 * MMS, WhatsApp), as Twilio's REST API and its BulkExport day files send them.
 * Twilio does not mark phases; each is derived from the meaning.
 *
 * | Twilio message status | phase       | outcome group |
 * | --------------------- | ----------- | ------------- |
 * | accepted              | in-flight   | in-flight     |
 * | scheduled             | in-flight   | in-flight     |
 * | queued                | in-flight   | in-flight     |
 * | sending               | in-flight   | in-flight     |
 * | sent                  | provisional | sent          |
 * | delivered             | final       | delivered     |
 * | undelivered           | final       | not-delivered |
 * | failed                | final       | failed        |
 * | receiving             | in-flight   | in-flight     |
 * | received              | final       | received      |
 * | read                  | final       | delivered     |
 * | canceled              | final       | failed        |
 * | partially_delivered   | final       | sent          |
 *
 * Inferred, not Twilio's words: sent is provisional because a carrier receipt
 * (delivered or undelivered) can still follow it, as with CTM's Sent; read
 * counts as delivered (a message read has arrived); canceled (a scheduled
 * message called off before its send time) counts as failed, since the text
 * groups hold no "canceled" and the message was never sent; partially
 * delivered counts as sent, because no receipt confirms that the whole
 * message arrived.
 */
export const twilioTextEntries = [
  {
    key: 'twilio.text.accepted',
    vendor: 'twilio',
    channel: 'text',
    code: 'accepted',
    label: 'Accepted',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'twilio.text.scheduled',
    vendor: 'twilio',
    channel: 'text',
    code: 'scheduled',
    label: 'Scheduled',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'twilio.text.queued',
    vendor: 'twilio',
    channel: 'text',
    code: 'queued',
    label: 'Queued',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'twilio.text.sending',
    vendor: 'twilio',
    channel: 'text',
    code: 'sending',
    label: 'Sending',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'twilio.text.sent',
    vendor: 'twilio',
    channel: 'text',
    code: 'sent',
    label: 'Sent',
    kind: 'status',
    phase: 'provisional',
    outcome: 'sent',
  },
  {
    key: 'twilio.text.delivered',
    vendor: 'twilio',
    channel: 'text',
    code: 'delivered',
    label: 'Delivered',
    kind: 'status',
    phase: 'final',
    outcome: 'delivered',
  },
  {
    key: 'twilio.text.undelivered',
    vendor: 'twilio',
    channel: 'text',
    code: 'undelivered',
    label: 'Undelivered',
    kind: 'status',
    phase: 'final',
    outcome: 'not-delivered',
  },
  {
    key: 'twilio.text.failed',
    vendor: 'twilio',
    channel: 'text',
    code: 'failed',
    label: 'Failed',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
  },
  {
    key: 'twilio.text.receiving',
    vendor: 'twilio',
    channel: 'text',
    code: 'receiving',
    label: 'Receiving',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-flight',
  },
  {
    key: 'twilio.text.received',
    vendor: 'twilio',
    channel: 'text',
    code: 'received',
    label: 'Received',
    kind: 'status',
    phase: 'final',
    outcome: 'received',
  },
  {
    key: 'twilio.text.read',
    vendor: 'twilio',
    channel: 'text',
    code: 'read',
    label: 'Read',
    kind: 'status',
    phase: 'final',
    outcome: 'delivered',
  },
  {
    key: 'twilio.text.canceled',
    vendor: 'twilio',
    channel: 'text',
    code: 'canceled',
    label: 'Canceled',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
    aliases: ['cancelled'],
  },
  {
    key: 'twilio.text.partially-delivered',
    vendor: 'twilio',
    channel: 'text',
    code: 'partially_delivered',
    label: 'Partially delivered',
    kind: 'status',
    phase: 'final',
    outcome: 'sent',
  },
] as const satisfies readonly EntrySpec[]
