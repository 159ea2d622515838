import { entriesOf, type EntrySpec } from './entry'

const twilioCall = entriesOf('twilio', 'call')

/*
 * Twilio Programmable Voice: the statuses of a Call resource, as Twilio's REST
 * API and its BulkExport day files send them (messages in ./twilio-texts.ts).
 * Twilio does not mark phases; each is derived from the meaning, as for CTM.
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
  twilioCall('queued', 'Queued', 'in-progress', { phase: 'in-flight' }),
  twilioCall('initiated', 'Initiated', 'in-progress', { phase: 'in-flight' }),
  twilioCall('ringing', 'Ringing', 'in-progress', { phase: 'in-flight' }),
  twilioCall('in-progress', 'In progress', 'in-progress', { phase: 'in-flight' }),
  twilioCall('completed', 'Completed', 'connected'),
  twilioCall('busy', 'Busy', 'not-answered'),
  twilioCall('no-answer', 'No answer', 'not-answered'),
  twilioCall('canceled', 'Canceled', 'canceled', { aliases: ['cancelled'] }),
  twilioCall('failed', 'Failed', 'failed'),
] as const satisfies readonly EntrySpec[]
