import type { StatusKey } from '@/domain/catalog/catalog'
import type { Direction } from '@/domain/log-query'
import { mixSeed, Random, WeightTable } from '../random/random'
import { textingNumbers } from './account'
import { pickReply, type BodyPool } from './body-pool'
import { pickContact, type ContactPool } from './contact-pool'
import type { PlannedStep } from './wire-values'

/** A text as it was meant to go; the builder reuses one for every text. */
export type TextPlan = {
  direction: Direction
  contact: number
  body: number
  /** The business's number that sent or received the text. */
  number: string
  /** The planned trail, the final status last: `count` steps, seconds after creation. */
  count: number
  seconds: number[]
  keys: StatusKey[]
}

/** Where a text sits in the burst of live texts near "now", if it does. */
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

export const textSeed = (seed: number, index: number) => mixSeed(seed, 0x5e7, index)

export const textRandom = (seed: number, index: number) =>
  new Random(textSeed(seed, index))

export function emptyTextPlan(): TextPlan {
  return {
    direction: 'outbound',
    contact: 0,
    body: 0,
    number: '',
    count: 0,
    seconds: [0, 0, 0, 0, 0],
    keys: [
      'ctm.text.pending',
      'ctm.text.pending',
      'ctm.text.pending',
      'ctm.text.pending',
      'ctm.text.pending',
    ],
  }
}

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

function step(plan: TextPlan, seconds: number, key: StatusKey): void {
  plan.seconds[plan.count] = seconds
  plan.keys[plan.count] = key
  plan.count++
}

/** Draws one text into `plan`, in a fixed order of draws, so it can be drawn again. */
export function planText(
  random: Random,
  pools: { contacts: ContactPool; bodies: BodyPool },
  live: LiveSlot,
  plan: TextPlan = emptyTextPlan(),
): TextPlan {
  plan.direction =
    live === null
      ? random.chance(outboundShare)
        ? 'outbound'
        : 'inbound'
      : live.inbound
        ? 'inbound'
        : 'outbound'
  plan.contact = pickContact(pools.contacts, random.float())
  plan.number = random.pick(textingNumbers)
  plan.count = 0
  if (plan.direction === 'inbound') {
    plan.body = pickReply(pools.bodies, random.float())
    step(plan, 0, 'ctm.text.receiving')
    step(plan, random.int(1, 3), 'ctm.text.received')
    return plan
  }
  plan.body = Math.floor(random.float() * pools.bodies.outbound)
  const status = random.weighted(outboundFinals)
  const queued = random.int(0, 1)
  // One text per second per number: a burst waits its turn in the queue.
  const sending = queued + (live ? live.position : random.int(0, 2))
  const sent = sending + random.int(1, 3)
  step(plan, 0, 'ctm.text.pending')
  step(plan, queued, 'ctm.text.queued')
  switch (status) {
    case 'ctm.text.unsent':
      step(plan, queued + 1, status)
      break
    case 'ctm.text.completed':
    case 'ctm.text.failed':
    case 'ctm.text.sent':
      step(plan, sending, 'ctm.text.sending')
      step(plan, sent, status)
      break
    default: {
      const receipt =
        status === 'ctm.text.delivered' && random.chance(0.9)
          ? random.int(2, 25)
          : random.int(30, 600)
      step(plan, sending, 'ctm.text.sending')
      step(plan, sent, 'ctm.text.sent')
      step(plan, sent + receipt, status)
    }
  }
  return plan
}

/** How many steps of the trail have happened by "now" (at least the first). */
function reached(plan: TextPlan, start: number, now: number): number {
  let count = 1
  while (count < plan.count && start + (plan.seconds[count] ?? 0) * 1000 <= now) count++
  return count
}

/** The status the text stands at by "now". */
export function textStatusAt(plan: TextPlan, start: number, now: number): StatusKey {
  return plan.keys[reached(plan, start, now) - 1] ?? 'ctm.text.pending'
}

/** The trail as it stands at "now". */
export function textTrail(plan: TextPlan, start: number, now: number): PlannedStep[] {
  return Array.from({ length: reached(plan, start, now) }, (_, k) => ({
    at: start + (plan.seconds[k] ?? 0) * 1000,
    key: plan.keys[k] ?? 'ctm.text.pending',
    detail: null,
  }))
}
