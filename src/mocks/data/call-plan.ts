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
  /** Messenger: how many of the contact's numbers were tried (0, or 1 to 3 when it has several) … */
  tries: number
  /** … and the ring seconds on each, in order (the first `tries` add up to `ring`). */
  attempts: [number, number, number]
  /** Index into agents / sources, or -1. */
  agent: number
  source: number
  trackingNumber: string | null
  /** CTM: the office line it rang; Messenger's is the last number tried (see below). */
  receivingNumber: string | null
  campaign: string | null
  hasRecording: boolean
  result: StatusKey | null
  /** Routee: an Unknown step before Failed. */
  unknownStep: boolean
}

/** Each call's own stream: what the builder drew, the materialiser draws again. */
export const callSeed = (seed: number, index: number) => mixSeed(seed, 0xca11, index)

export const callRandom = (seed: number, index: number) =>
  new Random(callSeed(seed, index))

export function emptyCallPlan(): CallPlan {
  return {
    vendor: 'ctm',
    direction: 'inbound',
    contact: 0,
    status: 'ctm.call.answered',
    setup: 0,
    ring: 0,
    talk: 0,
    tries: 0,
    attempts: [0, 0, 0],
    agent: -1,
    source: -1,
    trackingNumber: null,
    receivingNumber: null,
    campaign: null,
    hasRecording: false,
    result: null,
    unknownStep: false,
  }
}

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

/**
 * Draws one call into `plan` (the builder passes the same object for every
 * call: no garbage). The draws happen in a fixed order, so a record can be
 * drawn again from its seed.
 */
export function planCall(
  random: Random,
  pool: ContactPool,
  plan: CallPlan = emptyCallPlan(),
): CallPlan {
  const vendor = random.weighted(callVendorMix)
  const direction: Direction =
    vendor === 'ctm' && random.chance(ctmInboundShare) ? 'inbound' : 'outbound'
  const contact = pickContact(pool, random.float())
  const status = random.weighted(statusMixFor(vendor, direction))
  plan.vendor = vendor
  plan.direction = direction
  plan.contact = contact
  plan.status = status
  drawTiming(random, vendor, status, plan)
  plan.tries = 0
  plan.agent = -1
  plan.source = -1
  plan.trackingNumber = null
  plan.receivingNumber = null
  plan.campaign = null
  plan.hasRecording = false
  plan.result = null
  plan.unknownStep = false
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

/** The number a call rang: CTM's office line, or the last number Messenger tried. */
export function receivingNumber(plan: CallPlan, pool: ContactPool): string | null {
  if (plan.vendor !== 'messenger' || plan.tries === 0) return plan.receivingNumber
  return contactNumber(pool, plan.contact, plan.tries - 1)
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

/**
 * Messenger tries a contact's numbers in turn (TryNumber 1/2/3) only when it
 * has more than one; a failure moves on to the next number, and once the
 * numbers have been tried the call ends as Completed or Failed, as the source
 * says. A contact with one number is simply called: no attempt steps.
 */
function planAttempts(random: Random, plan: CallPlan, pool: ContactPool): void {
  if (plan.status === 'messenger.call.cancelled' && random.chance(0.5)) {
    // Cancelled while still queued: no number was tried.
    plan.ring = 0
    return
  }
  const phones = pool.phones[plan.contact] ?? 1
  if (phones <= 1) return
  let tries: number
  if (plan.status === 'messenger.call.cancelled') tries = 1
  else if (plan.status === 'messenger.call.completed')
    tries = Math.min(phones, random.weighted(attemptMix))
  else {
    // Whatever went wrong on one number, the next was tried: all failed.
    tries = phones
    plan.status = 'messenger.call.failed'
  }
  let ring = plan.ring
  for (let n = 0; n < tries - 1; n++) {
    const seconds = random.int(5, 30)
    plan.attempts[n] = seconds
    ring += seconds
  }
  plan.attempts[tries - 1] = plan.ring
  plan.tries = tries
  plan.ring = ring
  plan.setup += tries - 1 // a second between attempts
}
