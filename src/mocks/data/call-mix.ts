import type { StatusKey } from '@/domain/catalog/catalog'
import { WeightTable, type Weighted } from '../random/random'

export const callVendors = ['ctm', 'messenger', 'routee', 'callr'] as const
export type CallVendor = (typeof callVendors)[number]

/** CTM carries the business's own calls; the others are voice broadcasts. */
export const callVendorMix = new WeightTable<CallVendor>([
  ['ctm', 56],
  ['messenger', 15],
  ['routee', 15],
  ['callr', 14],
])

/** Share of CTM calls that come in (the rest are agents calling out). */
export const ctmInboundShare = 0.76

/**
 * How calls end, per vendor: answer rates of a healthy account (about two in
 * three inbound calls reach a person) with the long tail of failures.
 */
const finalStatusWeights = {
  ctmInbound: [
    ['ctm.call.answered', 62],
    ['ctm.call.no-answer', 11],
    ['ctm.call.completed', 7],
    ['ctm.call.hangup', 7],
    ['ctm.call.canceled', 6],
    ['ctm.call.busy', 4],
    ['ctm.call.failed', 3],
  ],
  ctmOutbound: [
    ['ctm.call.answered', 54],
    ['ctm.call.no-answer', 26],
    ['ctm.call.busy', 8],
    ['ctm.call.canceled', 6],
    ['ctm.call.failed', 4],
    ['ctm.call.hangup', 2],
  ],
  messenger: [
    ['messenger.call.completed', 44],
    ['messenger.call.connected-answer-machine', 15],
    ['messenger.call.no-answer', 10],
    ['messenger.call.ringing', 8],
    ['messenger.call.busy', 6],
    ['messenger.call.connected-no-response', 5],
    ['messenger.call.failed', 4],
    ['messenger.call.far-end-disconnect', 2],
    ['messenger.call.network-disconnect', 2],
    ['messenger.call.cancelled', 2],
    ['messenger.call.outgoing', 1],
  ],
  routee: [
    ['routee.call.completed', 56],
    ['routee.call.no-answer', 18],
    ['routee.call.busy', 10],
    ['routee.call.failed', 8],
    ['routee.call.unsent', 5],
    ['routee.call.terminated', 3],
  ],
  callr: [
    ['callr.call.answered-complete', 41],
    ['callr.call.answered-incomplete', 15],
    ['callr.call.absent-no-answer', 18],
    ['callr.call.absent-voicemail-detected', 12],
    ['callr.call.absent-busy', 6],
    ['callr.call.error-rejected', 3],
    ['callr.call.error-unallocated-number', 2],
    ['callr.call.error-blacklisted', 2],
    ['callr.call.error-other', 1],
  ],
} as const satisfies Record<string, Weighted<StatusKey>>

export const finalStatusMix = Object.fromEntries(
  Object.entries(finalStatusWeights).map(([name, table]) => [
    name,
    new WeightTable<StatusKey>(table),
  ]),
) as Record<keyof typeof finalStatusWeights, WeightTable<StatusKey>>

/** Which CALLR result code a call that reached the phone carries, if any. */
const callrResultWeights = {
  'callr.call.answered-complete': [
    [null, 70],
    ['callr.call.hangup', 30],
  ],
  'callr.call.answered-incomplete': [
    [null, 30],
    ['callr.call.hangup', 70],
  ],
  'callr.call.absent-voicemail-detected': [
    [null, 20],
    ['callr.call.voicemail-complete', 55],
    ['callr.call.voicemail-incomplete', 25],
  ],
} as const satisfies Partial<Record<StatusKey, Weighted<StatusKey | null>>>

export const callrResultMix: ReadonlyMap<
  StatusKey,
  WeightTable<StatusKey | null>
> = new Map(
  Object.entries(callrResultWeights).map(([key, table]) => [
    key as StatusKey,
    new WeightTable<StatusKey | null>(table),
  ]),
)
