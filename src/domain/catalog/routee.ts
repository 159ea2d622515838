import type { EntrySpec } from './entry'

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
  {
    key: 'routee.call.queued',
    vendor: 'routee',
    channel: 'call',
    code: 'Queued',
    label: 'Queued',
    kind: 'status',
    phase: 'in-flight',
    phaseFromVendor: true,
    outcome: 'in-progress',
  },
  {
    key: 'routee.call.initiated',
    vendor: 'routee',
    channel: 'call',
    code: 'Initiated',
    label: 'Initiated',
    kind: 'status',
    phase: 'in-flight',
    phaseFromVendor: true,
    outcome: 'in-progress',
  },
  {
    key: 'routee.call.ringing',
    vendor: 'routee',
    channel: 'call',
    code: 'Ringing',
    label: 'Ringing',
    kind: 'status',
    phase: 'in-flight',
    phaseFromVendor: true,
    outcome: 'in-progress',
  },
  {
    key: 'routee.call.in-progress',
    vendor: 'routee',
    channel: 'call',
    code: 'InProgress',
    label: 'InProgress',
    kind: 'status',
    phase: 'in-flight',
    phaseFromVendor: true,
    outcome: 'in-progress',
  },
  {
    key: 'routee.call.completed',
    vendor: 'routee',
    channel: 'call',
    code: 'Completed',
    label: 'Completed',
    kind: 'status',
    phase: 'final',
    phaseFromVendor: true,
    outcome: 'connected',
  },
  {
    key: 'routee.call.busy',
    vendor: 'routee',
    channel: 'call',
    code: 'Busy',
    label: 'Busy',
    kind: 'status',
    phase: 'final',
    phaseFromVendor: true,
    outcome: 'not-answered',
  },
  {
    key: 'routee.call.no-answer',
    vendor: 'routee',
    channel: 'call',
    code: 'NoAnswer',
    label: 'NoAnswer',
    kind: 'status',
    phase: 'final',
    phaseFromVendor: true,
    outcome: 'not-answered',
  },
  {
    key: 'routee.call.failed',
    vendor: 'routee',
    channel: 'call',
    code: 'Failed',
    label: 'Failed',
    kind: 'status',
    phase: 'final',
    phaseFromVendor: true,
    outcome: 'failed',
  },
  {
    key: 'routee.call.unknown',
    vendor: 'routee',
    channel: 'call',
    code: 'Unknown',
    label: 'Unknown',
    kind: 'status',
    phase: 'in-flight',
    phaseFromVendor: true,
    outcome: 'in-progress',
  },
  {
    key: 'routee.call.unsent',
    vendor: 'routee',
    channel: 'call',
    code: 'Unsent',
    label: 'Unsent',
    kind: 'status',
    phase: 'final',
    phaseFromVendor: true,
    outcome: 'blocked',
  },
  {
    key: 'routee.call.terminated',
    vendor: 'routee',
    channel: 'call',
    code: 'Terminated',
    label: 'Terminated',
    kind: 'status',
    phase: 'final',
    phaseFromVendor: true,
    outcome: 'blocked',
  },
] as const satisfies readonly EntrySpec[]

export const routeeCampaignEntries = [
  {
    key: 'routee.campaign.scheduled',
    vendor: 'routee',
    channel: 'campaign',
    code: 'Scheduled',
    label: 'Scheduled',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'routee.campaign.queued',
    vendor: 'routee',
    channel: 'campaign',
    code: 'Queued',
    label: 'Queued',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'routee.campaign.running',
    vendor: 'routee',
    channel: 'campaign',
    code: 'Running',
    label: 'Running',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'routee.campaign.sent',
    vendor: 'routee',
    channel: 'campaign',
    code: 'Sent',
    label: 'Sent',
    kind: 'status',
    phase: 'in-flight',
    outcome: 'in-progress',
  },
  {
    key: 'routee.campaign.finished',
    vendor: 'routee',
    channel: 'campaign',
    code: 'Finished',
    label: 'Finished',
    kind: 'status',
    phase: 'final',
    phaseFromVendor: true,
    outcome: 'finished',
  },
  {
    key: 'routee.campaign.failed',
    vendor: 'routee',
    channel: 'campaign',
    code: 'Failed',
    label: 'Failed',
    kind: 'status',
    phase: 'final',
    phaseFromVendor: true,
    outcome: 'failed',
  },
] as const satisfies readonly EntrySpec[]
