import type { StatusKey } from '@/domain/catalog/catalog'
import type { Direction } from '@/domain/log-query'
import { mixSeed, Random, WeightTable } from '../random/random'
import {
  agents,
  broadcastVendors,
  outboundCallerId,
  receivingNumbers,
  sources,
} from './account'
import {
  callrResultMix,
  callVendorMix,
  ctmInboundShare,
  finalStatusMix,
  type CallVendor,
} from './call-mix'
import { drawTiming } from './call-timing'
import { contactNumber, pickContact, type ContactPool } from './contact-pool'

/** Everything about one call as it was meant to go, before "now" cuts it short. */
export type CallPlan = {
  vendor: CallVendor
  direction: Direction
  contact: number
  /** The final status the call reaches if it has ended by now. */
  status: StatusKey
  setup: number
  ring: number
  talk: number
  /** Messenger: ring seconds on each number tried, in order (they add up to `ring`). */
  attempts: number[]
  /** Index into agents / sources, or -1. */
  agent: number
  source: number
  trackingNumber: string | null
  receivingNumber: string | null
  campaign: string | null
  hasRecording: boolean
  result: StatusKey | null
  /** Routee: an Unknown step before Failed. */
  unknownStep: boolean
}

/** The same call, drawn again: what the builder drew, the materialiser redraws. */
export const callRandom = (seed: number, index: number) =>
  new Random(mixSeed(seed, 0xca11, index))

const agentMix = new WeightTable(
  agents.map((agent, index) => [index, agent.weight] as const),
)
const sourceMix = new WeightTable(
  sources.map((source, index) => [index, source.weight] as const),
)
const attemptMix = new WeightTable([
  [1, 70],
  [2, 20],
  [3, 10],
])
const unrouted: readonly StatusKey[] = [
  'ctm.call.completed',
  'ctm.call.hangup',
  'ctm.call.failed',
]

const statusMixFor = (vendor: CallVendor, direction: Direction) =>
  vendor === 'ctm'
    ? direction === 'inbound'
      ? finalStatusMix.ctmInbound
      : finalStatusMix.ctmOutbound
    : finalStatusMix[vendor]

/** Draws one call. The draws happen in a fixed order, so a record can be drawn again. */
export function planCall(random: Random, pool: ContactPool): CallPlan {
  const vendor = random.weighted(callVendorMix)
  const direction: Direction =
    vendor === 'ctm' && random.chance(ctmInboundShare) ? 'inbound' : 'outbound'
  const contact = pickContact(pool, random.float())
  const status = random.weighted(statusMixFor(vendor, direction))
  const timing = drawTiming(random, vendor, status)
  const plan: CallPlan = {
    vendor,
    direction,
    contact,
    status,
    ...timing,
    attempts: [],
    agent: -1,
    source: -1,
    trackingNumber: null,
    receivingNumber: null,
    campaign: null,
    hasRecording: false,
    result: null,
    unknownStep: false,
  }
  if (vendor === 'ctm') {
    planCtm(random, plan)
  } else {
    const broadcast = broadcastVendors[vendor]
    plan.trackingNumber = broadcast.callerId
    plan.campaign = random.pick(broadcast.campaigns)
  }
  if (vendor === 'messenger') planAttempts(random, plan, pool)
  if (vendor === 'routee')
    plan.unknownStep = status === 'routee.call.failed' && random.chance(0.4)
  const results = vendor === 'callr' ? callrResultMix.get(status) : undefined
  if (results) plan.result = random.weighted(results)
  return plan
}

function planCtm(random: Random, plan: CallPlan): void {
  const answered = plan.status === 'ctm.call.answered'
  if (plan.direction === 'outbound') {
    plan.agent = random.weighted(agentMix)
    plan.trackingNumber = outboundCallerId
  } else {
    const source = random.weighted(sourceMix)
    plan.source = source
    plan.trackingNumber = random.pick(
      sources[source]?.trackingNumbers ?? [outboundCallerId],
    )
    if (answered) plan.agent = random.weighted(agentMix)
    if (!unrouted.includes(plan.status))
      plan.receivingNumber = random.pick(receivingNumbers)
  }
  plan.hasRecording = answered && random.chance(0.92)
}

/** Messenger tries up to three of the contact's numbers; earlier ones failed. */
function planAttempts(random: Random, plan: CallPlan, pool: ContactPool): void {
  if (plan.status === 'messenger.call.cancelled' && random.chance(0.5)) {
    // Cancelled while still queued: no number was tried.
    plan.ring = 0
    return
  }
  const phones = pool.phones[plan.contact] ?? 1
  const tries =
    plan.status === 'messenger.call.cancelled'
      ? 1
      : Math.min(phones, random.weighted(attemptMix))
  for (let n = 1; n < tries; n++) plan.attempts.push(random.int(5, 30))
  plan.attempts.push(plan.ring)
  plan.ring = plan.attempts.reduce((sum, seconds) => sum + seconds, 0)
  plan.setup += tries - 1 // a second between attempts
  plan.receivingNumber = contactNumber(pool, plan.contact, tries - 1)
}
