import type { StatusKey } from '@/domain/catalog/catalog'
import type { Direction } from '@/domain/log-query'
import { mixSeed, Random, WeightTable } from '../random/random'
import { textingNumbers } from './account'
import { pickReply, type BodyPool } from './body-pool'
import { pickContact, type ContactPool } from './contact-pool'
import type { PlannedStep } from './wire-values'

export type TextPlan = {
  direction: Direction
  contact: number
  body: number
  /** The business's number that sent or received the text. */
  number: string
  /** The planned trail, the final status last; "now" may cut it short. */
  trail: PlannedStep[]
}

/** Where a text sits in the burst of live texts at the end of the log, if it does. */
export type LiveSlot = { position: number; inbound: boolean } | null

/** A bulk send going out of the queue one per second, and a reply coming in. */
export const liveOffsets = [
  -14_000, -14_000, -14_000, -14_000, -14_000, -14_000, -14_000, -1_000,
]

/** The record's place in the live burst near the end of the log, if it is in it. */
export function liveSlot(liveIndices: readonly number[], index: number): LiveSlot {
  const position = liveIndices.indexOf(index)
  if (position < 0) return null
  return { position, inbound: position === liveOffsets.length - 1 }
}

export const textRandom = (seed: number, index: number) =>
  new Random(mixSeed(seed, 0x5e7, index))

const outboundFinals = new WeightTable<StatusKey>([
  ['ctm.text.delivered', 80],
  ['ctm.text.sent', 6],
  ['ctm.text.completed', 2],
  ['ctm.text.undelivered', 4],
  ['ctm.text.unreachable', 2],
  ['ctm.text.failed', 4],
  ['ctm.text.unsent', 2],
])

export const outboundShare = 0.6

const second = 1000

const step = (start: number, seconds: number, key: StatusKey): PlannedStep => ({
  at: start + seconds * second,
  key,
  detail: null,
})

export function planText(
  random: Random,
  start: number,
  pools: { contacts: ContactPool; bodies: BodyPool },
  live: LiveSlot,
): TextPlan {
  const direction: Direction =
    live === null
      ? random.chance(outboundShare)
        ? 'outbound'
        : 'inbound'
      : live.inbound
        ? 'inbound'
        : 'outbound'
  const contact = pickContact(pools.contacts, random.float())
  const number = random.pick(textingNumbers)
  const at = (seconds: number, key: StatusKey) => step(start, seconds, key)
  if (direction === 'inbound') {
    const body = pickReply(pools.bodies, random.float())
    return {
      direction,
      contact,
      body,
      number,
      trail: [at(0, 'ctm.text.receiving'), at(random.int(1, 3), 'ctm.text.received')],
    }
  }
  const body = Math.floor(random.float() * pools.bodies.outbound)
  const status = random.weighted(outboundFinals)
  const queued = random.int(0, 1)
  // One text per second per number: a burst waits its turn in the queue.
  const sending = queued + (live ? live.position : random.int(0, 2))
  const sent = sending + random.int(1, 3)
  const trail = [at(0, 'ctm.text.pending'), at(queued, 'ctm.text.queued')]
  switch (status) {
    case 'ctm.text.unsent':
      trail.push(at(queued + 1, status))
      break
    case 'ctm.text.completed':
    case 'ctm.text.failed':
    case 'ctm.text.sent':
      trail.push(at(sending, 'ctm.text.sending'), at(sent, status))
      break
    default: {
      const receipt =
        status === 'ctm.text.delivered' && random.chance(0.9)
          ? random.int(2, 25)
          : random.int(30, 600)
      trail.push(
        at(sending, 'ctm.text.sending'),
        at(sent, 'ctm.text.sent'),
        at(sent + receipt, status),
      )
    }
  }
  return { direction, contact, body, number, trail }
}

/** The trail as it stands at "now", and the status it has reached. */
export function settleText(
  plan: TextPlan,
  now: number,
): { status: StatusKey; trail: PlannedStep[] } {
  const reached = plan.trail.filter((step) => step.at <= now)
  const steps = reached.length > 0 ? reached : plan.trail.slice(0, 1)
  const last = steps[steps.length - 1]
  return { status: last?.key ?? 'ctm.text.pending', trail: steps }
}
