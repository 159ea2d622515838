import type { Channel } from './vendors'

/**
 * Canonical outcome groups: how statuses from different vendors are counted
 * together. Each vendor status maps to at most one group; flags and result
 * codes map to none. The mapping is tabulated at the top of each vendor file
 * in catalog/, and the glossary page shows it generated from the catalog.
 *
 * The groups are chosen so a chart across vendors stays honest:
 * - "connected" means the vendor reports the call answered at its
 *   destination, never by a machine the vendor detected, nor by an IVR.
 * - "ivr" keeps CTM's Completed (caller used the menu, nobody answered) out of
 *   both "connected" and "not answered".
 * - "blocked" is a call never placed or cut off by policy or account
 *   (blacklist, insufficient balance), not a network failure.
 * - "in-progress"/"in-flight" statuses are never counted as outcomes.
 * - "unknown" (a code not in the catalog) may be an intermediate status: it
 *   is counted on its own, outside every rate and every outcome share.
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
    description:
      'Answered at the destination, as the vendor reports it (at CTM, a receiving line that answers may be a voicemail box).',
    channels: ['call'],
    isOutcome: true,
  },
  machine: {
    label: 'Reached a machine',
    description: 'A voicemail or answer machine took the call, as the vendor detected.',
    channels: ['call'],
    isOutcome: true,
  },
  ivr: {
    label: 'Ended in IVR',
    description: 'The caller used the voice menu, but no human or queue answered.',
    channels: ['call'],
    isOutcome: true,
  },
  'not-answered': {
    label: 'Not answered',
    description:
      'The line was reached but nobody took the call: no answer, busy, rang out, or picked up without responding.',
    channels: ['call'],
    isOutcome: true,
  },
  canceled: {
    label: 'Canceled before answer',
    description:
      'Ended before anyone answered: the caller hung up, or the sender cancelled the call.',
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
      'Did not go through: bad or inactive number, network, carrier or vendor error, or never sent.',
    channels: ['call', 'text', 'campaign'],
    isOutcome: true,
  },
  'in-progress': {
    label: 'In progress',
    description:
      'Not settled yet: queued, ringing, talking, trying another number, or an intermediate report. Not an outcome.',
    channels: ['call', 'campaign'],
    isOutcome: false,
  },
  delivered: {
    label: 'Delivered',
    description: 'The recipient received the text, as a delivery receipt confirmed.',
    channels: ['text'],
    isOutcome: true,
  },
  sent: {
    label: 'Sent',
    description: 'Sent or routed, but no delivery receipt confirms it arrived.',
    channels: ['text'],
    isOutcome: true,
  },
  received: {
    label: 'Received',
    description: 'An inbound text that reached the account.',
    channels: ['text'],
    isOutcome: true,
  },
  'not-delivered': {
    label: 'Not delivered',
    description:
      'Sent, but it did not arrive: a receipt said so, or the handset was unreachable.',
    channels: ['text'],
    isOutcome: true,
  },
  'in-flight': {
    label: 'In flight',
    description:
      'Still on its way: pending, queued, sending or being received. Not an outcome.',
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
    label: 'Not in the catalog',
    description:
      'A status the catalog does not hold, shown as the vendor sent it. It may be an intermediate one, so it is counted apart: never an outcome, never in a rate.',
    channels: ['call', 'text', 'campaign'],
    isOutcome: false,
  },
}

export function outcomeGroupsFor(channel: Channel): OutcomeGroup[] {
  return outcomeGroups.filter((group) => outcomeInfo[group].channels.includes(channel))
}

export function isOutcomeGroup(value: string): value is OutcomeGroup {
  return (outcomeGroups as readonly string[]).includes(value)
}
