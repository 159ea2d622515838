import { entriesOf, type EntrySpec } from './entry'

const routeeCall = entriesOf('routee', 'call')
const routeeCampaign = entriesOf('routee', 'campaign')

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
  routeeCall('queued', 'Queued', 'in-progress', {
    code: 'Queued',
    phase: 'in-flight',
    phaseFromVendor: true,
  }),
  routeeCall('initiated', 'Initiated', 'in-progress', {
    code: 'Initiated',
    phase: 'in-flight',
    phaseFromVendor: true,
  }),
  routeeCall('ringing', 'Ringing', 'in-progress', {
    code: 'Ringing',
    phase: 'in-flight',
    phaseFromVendor: true,
  }),
  routeeCall('in-progress', 'InProgress', 'in-progress', {
    code: 'InProgress',
    phase: 'in-flight',
    phaseFromVendor: true,
  }),
  routeeCall('completed', 'Completed', 'connected', {
    code: 'Completed',
    phaseFromVendor: true,
  }),
  routeeCall('busy', 'Busy', 'not-answered', { code: 'Busy', phaseFromVendor: true }),
  routeeCall('no-answer', 'NoAnswer', 'not-answered', {
    code: 'NoAnswer',
    phaseFromVendor: true,
  }),
  routeeCall('failed', 'Failed', 'failed', { code: 'Failed', phaseFromVendor: true }),
  routeeCall('unknown', 'Unknown', 'in-progress', {
    code: 'Unknown',
    phase: 'in-flight',
    phaseFromVendor: true,
  }),
  routeeCall('unsent', 'Unsent', 'blocked', { code: 'Unsent', phaseFromVendor: true }),
  routeeCall('terminated', 'Terminated', 'blocked', {
    code: 'Terminated',
    phaseFromVendor: true,
  }),
] as const satisfies readonly EntrySpec[]

export const routeeCampaignEntries = [
  routeeCampaign('scheduled', 'Scheduled', 'in-progress', {
    code: 'Scheduled',
    phase: 'in-flight',
  }),
  routeeCampaign('queued', 'Queued', 'in-progress', {
    code: 'Queued',
    phase: 'in-flight',
  }),
  routeeCampaign('running', 'Running', 'in-progress', {
    code: 'Running',
    phase: 'in-flight',
  }),
  routeeCampaign('sent', 'Sent', 'in-progress', { code: 'Sent', phase: 'in-flight' }),
  routeeCampaign('finished', 'Finished', 'finished', {
    code: 'Finished',
    phaseFromVendor: true,
  }),
  routeeCampaign('failed', 'Failed', 'failed', { code: 'Failed', phaseFromVendor: true }),
] as const satisfies readonly EntrySpec[]
