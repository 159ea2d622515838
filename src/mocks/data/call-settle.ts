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
  const running = {
    finished: false,
    duration: elapsed,
    ring: clamp(elapsed - plan.setup, 0, plan.ring),
    talk: clamp(elapsed - plan.setup - plan.ring, 0, plan.talk),
  }
  if (plan.vendor === 'callr') {
    // No call detail record yet: the call is under way, its status still to come.
    const key = 'callr.call.in-progress'
    return { ...running, status: key, trail: [{ at: start, key, detail: null }] }
  }
  const reached = trail.slice(0, -1).filter((step) => step.at <= now)
  const current = reached.at(-1) ?? trail[0]
  return { ...running, status: current?.key ?? plan.status, trail: reached }
}

const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, value))
