import { entriesOf, type EntrySpec } from './entry'

const twilioText = entriesOf('twilio', 'text')

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
  twilioText('accepted', 'Accepted', 'in-flight', { phase: 'in-flight' }),
  twilioText('scheduled', 'Scheduled', 'in-flight', { phase: 'in-flight' }),
  twilioText('queued', 'Queued', 'in-flight', { phase: 'in-flight' }),
  twilioText('sending', 'Sending', 'in-flight', { phase: 'in-flight' }),
  twilioText('sent', 'Sent', 'sent', { phase: 'provisional' }),
  twilioText('delivered', 'Delivered', 'delivered'),
  twilioText('undelivered', 'Undelivered', 'not-delivered'),
  twilioText('failed', 'Failed', 'failed'),
  twilioText('receiving', 'Receiving', 'in-flight', { phase: 'in-flight' }),
  twilioText('received', 'Received', 'received'),
  twilioText('read', 'Read', 'delivered'),
  twilioText('canceled', 'Canceled', 'failed', { aliases: ['cancelled'] }),
  twilioText('partially-delivered', 'Partially delivered', 'sent', {
    code: 'partially_delivered',
  }),
] as const satisfies readonly EntrySpec[]
