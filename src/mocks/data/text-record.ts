import type { TextWire } from '@/api/text-schema'
import type { BodyPool } from './body-pool'
import type { ContactPool } from './contact-pool'
import { liveSlot, planText, textRandom, textStatusAt, textTrail } from './text-plan'
import type { TextStore } from './text-store'
import { iso, wireStatus, wireTrail } from './wire-values'

/** One text as the API sends it, drawn again from its seed. */
export function textRecord(
  store: TextStore,
  seed: number,
  pools: { contacts: ContactPool; bodies: BodyPool },
  index: number,
): TextWire {
  const start = store.time[index] ?? store.start
  const plan = planText(
    textRandom(seed, index),
    pools,
    liveSlot(store.liveIndices, index),
  )
  const number = pools.contacts.numbers[plan.contact] ?? ''
  const outbound = plan.direction === 'outbound'
  return {
    id: store.idOf(index),
    vendor: 'ctm',
    direction: plan.direction,
    created_at: iso(start),
    from: outbound ? plan.number : number,
    to: outbound ? number : plan.number,
    contact: { name: pools.contacts.names[plan.contact] ?? null, number },
    body: pools.bodies.bodies[plan.body] ?? '',
    segments: pools.bodies.segments[plan.body] ?? 1,
    status: wireStatus(textStatusAt(plan, start, store.now)),
    trail: wireTrail(textTrail(plan, start, store.now)),
  }
}
