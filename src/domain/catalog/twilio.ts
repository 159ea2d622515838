import { codedEntriesOf, type EntrySpec } from './entry'

// Twilio's codes are lowercase words (`partially_delivered`): each key and
// label is made from its code.
const twilioCall = codedEntriesOf('twilio', 'call')
const twilioText = codedEntriesOf('twilio', 'text')

/*
 * Twilio Programmable Voice: the statuses of a Call resource, as Twilio's REST
 * API and its BulkExport day files send them. Twilio does not mark phases;
 * each is derived from the meaning, as for CTM.
 *
 * | Twilio call status | phase     | outcome group |
 * | ------------------ | --------- | ------------- |
 * | queued             | in-flight | in-progress   |
 * | initiated          | in-flight | in-progress   |
 * | ringing            | in-flight | in-progress   |
 * | in-progress        | in-flight | in-progress   |
 * | completed          | final     | connected     |
 * | busy               | final     | not-answered  |
 * | no-answer          | final     | not-answered  |
 * | canceled           | final     | canceled      |
 * | failed             | final     | failed        |
 *
 * Completed counts as connected although Twilio says the audio may have come
 * from a voicemail box or a phone menu, as CTM's Answered does: the status
 * cannot tell, and the meaning says so. What answering machine detection
 * found (answered_by) is kept in the trail's detail, not in the status.
 * Canceled covers both a call cancelled through the API before it was
 * answered and a caller who hung up first, as Twilio's support article says.
 */
export const twilioCallEntries = [
  twilioCall('queued', 'in-progress'),
  twilioCall('initiated', 'in-progress'),
  twilioCall('ringing', 'in-progress'),
  twilioCall('in-progress', 'in-progress'),
  twilioCall('completed', 'connected'),
  twilioCall('busy', 'not-answered'),
  twilioCall('no-answer', 'not-answered'),
  twilioCall('canceled', 'canceled', { aliases: ['cancelled'] }),
  twilioCall('failed', 'failed'),
] as const satisfies readonly EntrySpec[]

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
  twilioText('accepted', 'in-flight'),
  twilioText('scheduled', 'in-flight'),
  twilioText('queued', 'in-flight'),
  twilioText('sending', 'in-flight'),
  twilioText('sent', 'sent', { phase: 'provisional' }),
  twilioText('delivered', 'delivered'),
  twilioText('undelivered', 'not-delivered'),
  twilioText('failed', 'failed'),
  twilioText('receiving', 'in-flight'),
  twilioText('received', 'received'),
  twilioText('read', 'delivered'),
  twilioText('canceled', 'failed', { aliases: ['cancelled'] }),
  twilioText('partially_delivered', 'sent'),
] as const satisfies readonly EntrySpec[]
