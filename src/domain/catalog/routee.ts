import { entriesOf, type EntrySpec } from './entry'

// Routee's code is its label; it marks every voice message status itself.
const routeeCall = entriesOf('routee', 'call', (label) => ({
  code: label,
  phaseFromVendor: true,
}))
const routeeCampaign = entriesOf('routee', 'campaign', (label) => ({ code: label }))

/*
 * Routee voice messages and voice campaigns. Routee marks every voice message
 * status Intermediate or Final, taken here as given; campaign statuses marked
 * final are Finished and Failed, the others are derived as in flight.
 *
 * | Routee voice message | Routee mark  | outcome group |
 * | -------------------- | ------------ | ------------- |
 * | Queued               | Intermediate | in-progress   |
 * | Initiated            | Intermediate | in-progress   |
 * | Ringing              | Intermediate | in-progress   |
 * | InProgress           | Intermediate | in-progress   |
 * | Completed            | Final        | connected     |
 * | Busy                 | Final        | not-answered  |
 * | NoAnswer             | Final        | not-answered  |
 * | Failed               | Final        | failed        |
 * | Unknown              | Intermediate | in-progress   |
 * | Unsent               | Final        | blocked       |
 * | Terminated           | Final        | blocked       |
 *
 * | Routee voice campaign | phase     | outcome group |
 * | --------------------- | --------- | ------------- |
 * | Scheduled             | in-flight | in-progress   |
 * | Queued                | in-flight | in-progress   |
 * | Running               | in-flight | in-progress   |
 * | Sent                  | in-flight | in-progress   |
 * | Finished              | final     | finished      |
 * | Failed                | final     | failed        |
 *
 * Unknown is Intermediate at Routee, so it is never counted as an outcome even
 * though it reports an error: a final status follows. Unsent and Terminated
 * are the account's doing (insufficient balance), so they count as blocked,
 * not as network failures. Routee's campaign page speaks of SMS; the meanings
 * below say "messages", which holds for its voice campaigns.
 */
export const routeeVoiceEntries = [
  routeeCall('queued', 'Queued', 'in-progress'),
  routeeCall('initiated', 'Initiated', 'in-progress'),
  routeeCall('ringing', 'Ringing', 'in-progress'),
  routeeCall('in-progress', 'InProgress', 'in-progress'),
  routeeCall('completed', 'Completed', 'connected'),
  routeeCall('busy', 'Busy', 'not-answered'),
  routeeCall('no-answer', 'NoAnswer', 'not-answered'),
  routeeCall('failed', 'Failed', 'failed'),
  routeeCall('unknown', 'Unknown', 'in-progress'),
  routeeCall('unsent', 'Unsent', 'blocked'),
  routeeCall('terminated', 'Terminated', 'blocked'),
] as const satisfies readonly EntrySpec[]

export const routeeCampaignEntries = [
  routeeCampaign('scheduled', 'Scheduled', 'in-progress'),
  routeeCampaign('queued', 'Queued', 'in-progress'),
  routeeCampaign('running', 'Running', 'in-progress'),
  routeeCampaign('sent', 'Sent', 'in-progress'),
  routeeCampaign('finished', 'Finished', 'finished', { phaseFromVendor: true }),
  routeeCampaign('failed', 'Failed', 'failed', { phaseFromVendor: true }),
] as const satisfies readonly EntrySpec[]
