import type { EntrySpec } from './entry'

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
  {
    key: 'twilio.call.queued',
    vendor: 'twilio',
    channel: 'call',
    code: 'queued',
    label: 'Queued',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'twilio.call.initiated',
    vendor: 'twilio',
    channel: 'call',
    code: 'initiated',
    label: 'Initiated',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'twilio.call.ringing',
    vendor: 'twilio',
    channel: 'call',
    code: 'ringing',
    label: 'Ringing',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'twilio.call.in-progress',
    vendor: 'twilio',
    channel: 'call',
    code: 'in-progress',
    label: 'In progress',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'twilio.call.completed',
    vendor: 'twilio',
    channel: 'call',
    code: 'completed',
    label: 'Completed',
    kind: 'status',
    phase: 'final',
    outcome: 'connected',
  },
  {
    key: 'twilio.call.busy',
    vendor: 'twilio',
    channel: 'call',
    code: 'busy',
    label: 'Busy',
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
  },
  {
    key: 'twilio.call.no-answer',
    vendor: 'twilio',
    channel: 'call',
    code: 'no-answer',
    label: 'No answer',
    kind: 'status',
    phase: 'final',
    outcome: 'not-answered',
  },
  {
    key: 'twilio.call.canceled',
    vendor: 'twilio',
    channel: 'call',
    code: 'canceled',
    label: 'Canceled',
    kind: 'status',
    phase: 'final',
    outcome: 'canceled',
    aliases: ['cancelled'],
  },
  {
    key: 'twilio.call.failed',
    vendor: 'twilio',
    channel: 'call',
    code: 'failed',
    label: 'Failed',
    kind: 'status',
    phase: 'final',
    outcome: 'failed',
  },
] as const satisfies readonly EntrySpec[]
