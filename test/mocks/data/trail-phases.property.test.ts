// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getStatus } from '@/domain/catalog/catalog'
import { phases } from '@/domain/catalog/entry'
import { callRandom, planCall } from '@/mocks/data/call-plan'
import { plannedDuration, settleCall } from '@/mocks/data/call-settle'
import { buildContactPool } from '@/mocks/data/contact-pool'
import type { PlannedStep } from '@/mocks/data/wire-values'

const pool = buildContactPool(7, 400)
const start = Date.parse('2026-03-18T16:00:00.000Z')

/** Phases in the order an activity may move through them: never backwards. */
const rankOf = (step: PlannedStep) => {
  const entry = getStatus(step.key)
  // Flags and result codes sit beside a status; they are no step of the lifecycle.
  if (entry.kind === 'flag' || entry.kind === 'result') return null
  return phases.indexOf(entry.phase)
}

function phasesNeverGoBack(trail: readonly PlannedStep[]): boolean {
  let highest = 0
  for (const step of trail) {
    const rank = rankOf(step)
    if (rank === null) continue
    if (rank < highest) return false
    highest = rank
  }
  return true
}

describe('every generated call trail, cut at any moment', () => {
  it('never goes from a final status back to one in flight', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 0xffffffff }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, index, cut) => {
          const plan = planCall(callRandom(seed, index), pool)
          const duration = plannedDuration(plan) * 1000
          const now = start + Math.floor(duration * cut)
          const settled = settleCall(plan, start, now, pool)
          expect(phasesNeverGoBack(settled.trail)).toBe(true)
          const status = getStatus(settled.status)
          // Cut before its end, a call is still under way, at every vendor.
          if (now < start + duration) expect(settled.finished).toBe(false)
          // A call still going is not shown at a final status.
          if (!settled.finished) expect(status.phase).not.toBe('final')
          else expect(status.phase).not.toBe('in-flight')
        },
      ),
      { seed: 20260301, numRuns: 3000 },
    )
  })
})
