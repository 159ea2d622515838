import type { StatusKey } from '@/domain/catalog/catalog'
import type { CallPlan } from './call-plan'
import { callTrail } from './call-trail'
import type { PlannedStep } from './wire-values'
import type { ContactPool } from './contact-pool'

/** A call as it stands at "now": finished, or cut at the step it has reached. */
export type SettledCall = {
  status: StatusKey
  finished: boolean
  duration: number
  ring: number
  talk: number
  trail: PlannedStep[]
}

const second = 1000

export const plannedDuration = (plan: CallPlan) => plan.setup + plan.ring + plan.talk

export function settleCall(
  plan: CallPlan,
  start: number,
  now: number,
  pool: ContactPool,
): SettledCall {
  const duration = plannedDuration(plan)
  const trail = callTrail(plan, start, pool)
  if (start + duration * second <= now) {
    return {
      status: plan.status,
      finished: true,
      duration,
      ring: plan.ring,
      talk: plan.talk,
      trail,
    }
  }
  const elapsed = Math.max(0, Math.floor((now - start) / second))
  if (plan.vendor === 'callr') return squeezed(plan, start, elapsed, duration)
  const reached = trail.slice(0, -1).filter((step) => step.at <= now)
  const current = reached.at(-1) ?? trail[0]
  return {
    status: current?.key ?? plan.status,
    finished: false,
    duration: elapsed,
    ring: clamp(elapsed - plan.setup, 0, plan.ring),
    talk: clamp(elapsed - plan.setup - plan.ring, 0, plan.talk),
    trail: reached,
  }
}

/**
 * CALLR only reports calls that ended (its records are call detail records),
 * so a call that would still be going on ended at "now" instead.
 */
function squeezed(
  plan: CallPlan,
  start: number,
  elapsed: number,
  duration: number,
): SettledCall {
  const factor = duration > 0 ? elapsed / duration : 0
  const ring = Math.floor(plan.ring * factor)
  const talk = Math.floor(plan.talk * factor)
  const setup = Math.min(elapsed - ring - talk, Math.floor(plan.setup * factor) + 1)
  const total = Math.max(0, setup) + ring + talk
  return {
    status: plan.status,
    finished: true,
    duration: total,
    ring,
    talk,
    trail: [{ at: start + total * second, key: plan.status, detail: null }],
  }
}

const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, value))
