import type { Channel } from './vendors'

/**
 * Canonical outcome groups: how statuses from different vendors are counted
 * together. Each vendor status maps to exactly one group (see the catalog);
 * the mapping is tabulated in catalog/README-style comments per vendor file.
 *
 * The groups are chosen so a chart across vendors stays honest:
 * - "connected" means a person picked up, never a machine or an IVR.
 * - "ivr" keeps CTM's Completed (caller used the menu, nobody answered) out of
 *   both "connected" and "not answered".
 * - "blocked" is a call never placed or cut off by policy or account
 *   (blacklist, insufficient balance), not a network failure.
 * - "in-progress"/"in-flight" statuses are never counted as outcomes.
 */
export const outcomeGroups = [
  'connected',
  'machine',
  'ivr',
  'not-answered',
  'canceled',
  'blocked',
  'failed',
  'in-progress',
  'delivered',
  'sent',
  'received',
  'not-delivered',
  'in-flight',
  'finished',
  'unknown',
] as const

export type OutcomeGroup = (typeof outcomeGroups)[number]

export type OutcomeInfo = {
  label: string
  description: string
  /** Channels whose statuses can fall in this group. */
  channels: readonly Channel[]
  /** False for groups of statuses still under way: never counted as an outcome. */
  isOutcome: boolean
}

export const outcomeInfo: Record<OutcomeGroup, OutcomeInfo> = {
  connected: {
    label: 'Connected',
    description: 'A person picked up and the call or message went through.',
    channels: ['call'],
    isOutcome: true,
  },
  machine: {
    label: 'Reached a machine',
    description: 'Voicemail or an answering machine took the call.',
    channels: ['call'],
    isOutcome: true,
  },
  ivr: {
    label: 'Ended in IVR',
    description: 'The caller used the voice menu, but no person or queue answered.',
    channels: ['call'],
    isOutcome: true,
  },
  'not-answered': {
    label: 'Not answered',
    description:
      'The line was reached but nobody took the call: no answer, busy, or no response.',
    channels: ['call'],
    isOutcome: true,
  },
  canceled: {
    label: 'Canceled',
    description: 'Ended by the caller or the sender before anyone answered.',
    channels: ['call'],
    isOutcome: true,
  },
  blocked: {
    label: 'Blocked',
    description:
      'Never placed, or cut off, by policy or the account: blacklist, insufficient balance.',
    channels: ['call'],
    isOutcome: true,
  },
  failed: {
    label: 'Failed',
    description:
      'Could not be completed: bad or inactive number, network or carrier error.',
    channels: ['call', 'text', 'campaign'],
    isOutcome: true,
  },
  'in-progress': {
    label: 'In progress',
    description: 'Still under way: queued, ringing, or talking. Not an outcome yet.',
    channels: ['call', 'campaign'],
    isOutcome: false,
  },
  delivered: {
    label: 'Delivered',
    description: 'The recipient’s handset confirmed the text arrived.',
    channels: ['text'],
    isOutcome: true,
  },
  sent: {
    label: 'Sent',
    description: 'Handed to the carrier; no delivery confirmation came back.',
    channels: ['text'],
    isOutcome: true,
  },
  received: {
    label: 'Received',
    description: 'An inbound text that reached us.',
    channels: ['text'],
    isOutcome: true,
  },
  'not-delivered': {
    label: 'Not delivered',
    description:
      'Sent, but the carrier reported it did not arrive, or the handset was unreachable.',
    channels: ['text'],
    isOutcome: true,
  },
  'in-flight': {
    label: 'In flight',
    description:
      'Still on its way: pending, queued, sending or being received. Not an outcome yet.',
    channels: ['text'],
    isOutcome: false,
  },
  finished: {
    label: 'Finished',
    description: 'The campaign ran and every message has a final status.',
    channels: ['campaign'],
    isOutcome: true,
  },
  unknown: {
    label: 'Not in catalog',
    description: 'A status we do not know; shown as the vendor sent it.',
    channels: ['call', 'text', 'campaign'],
    isOutcome: true,
  },
}

export function outcomeGroupsFor(channel: Channel): OutcomeGroup[] {
  return outcomeGroups.filter((group) => outcomeInfo[group].channels.includes(channel))
}

export function isOutcomeGroup(value: string): value is OutcomeGroup {
  return (outcomeGroups as readonly string[]).includes(value)
}
