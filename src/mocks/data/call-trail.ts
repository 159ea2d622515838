import type { StatusKey } from '@/domain/catalog/catalog'
import type { CallPlan } from './call-plan'
import { contactNumber, phoneKinds, type ContactPool } from './contact-pool'
import { formatNumber } from './phone-numbers'
import type { PlannedStep } from './wire-values'

const second = 1000

const tryNumberKeys = [
  'messenger.call.try-number-1',
  'messenger.call.try-number-2',
  'messenger.call.try-number-3',
] as const satisfies readonly StatusKey[]

/**
 * The call's whole trail as planned, each vendor's lifecycle as its catalog
 * file describes it; the planned final status is always the last step.
 */
export function callTrail(
  plan: CallPlan,
  start: number,
  pool: ContactPool,
): PlannedStep[] {
  const end = start + (plan.setup + plan.ring + plan.talk) * second
  const step = (
    at: number,
    key: StatusKey,
    detail: string | null = null,
  ): PlannedStep => ({
    at,
    key,
    detail,
  })
  const last = step(end, plan.status)
  switch (plan.vendor) {
    case 'ctm': {
      const noAudio =
        plan.status === 'ctm.call.answered' && !plan.hasRecording
          ? [step(end, 'ctm.call.no-audio')]
          : []
      return [step(start, 'ctm.call.in-progress'), ...noAudio, last]
    }
    case 'routee':
      return [...routeeSteps(plan, start, end, step), last]
    case 'messenger':
      return [...messengerSteps(plan, start, pool, step), last]
    case 'callr':
      // A CALLR record is a call detail record: one status, written when the call ended.
      return [last]
  }
}

type Step = (at: number, key: StatusKey, detail?: string | null) => PlannedStep

function routeeSteps(
  plan: CallPlan,
  start: number,
  end: number,
  step: Step,
): PlannedStep[] {
  const queued = step(start, 'routee.call.queued')
  if (plan.status === 'routee.call.unsent') return [queued]
  const initiated = step(
    start + Math.floor(plan.setup / 2) * second,
    'routee.call.initiated',
  )
  const ringing = step(start + plan.setup * second, 'routee.call.ringing')
  const answered = step(
    start + (plan.setup + plan.ring) * second,
    'routee.call.in-progress',
  )
  switch (plan.status) {
    case 'routee.call.completed':
    case 'routee.call.terminated':
      return [queued, initiated, ringing, answered]
    case 'routee.call.busy':
    case 'routee.call.no-answer':
      return [queued, initiated, ringing]
    default: {
      if (!plan.unknownStep) return [queued, initiated]
      const midway = initiated.at + Math.floor((end - initiated.at) / 2 / second) * second
      return [queued, initiated, step(midway, 'routee.call.unknown')]
    }
  }
}

function messengerSteps(
  plan: CallPlan,
  start: number,
  pool: ContactPool,
  step: Step,
): PlannedStep[] {
  const steps = [step(start, 'messenger.call.queued')]
  const tries = plan.tries
  let at = start + (plan.setup - Math.max(0, tries - 1)) * second
  plan.attempts.slice(0, tries).forEach((ring, n) => {
    const number = formatNumber(contactNumber(pool, plan.contact, n))
    steps.push(
      step(
        at,
        tryNumberKeys[n] ?? tryNumberKeys[2],
        `${phoneKinds[n] ?? 'Work'} ${number}`,
      ),
    )
    at += (ring + 1) * second
  })
  if (plan.status === 'messenger.call.completed') {
    const pickup = start + (plan.setup + plan.ring) * second
    steps.push(step(pickup, 'messenger.call.connected-answered'))
    steps.push(
      step(pickup + Math.min(1, plan.talk) * second, 'messenger.call.in-progress'),
    )
  }
  return steps
}
