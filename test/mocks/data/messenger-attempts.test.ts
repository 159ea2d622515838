// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { callRandom, planCall } from '@/mocks/data/call-plan'
import { callTrail } from '@/mocks/data/call-trail'
import { buildContactPool } from '@/mocks/data/contact-pool'

const pool = buildContactPool(7, 400)
const start = Date.parse('2026-03-18T16:00:00.000Z')

/** Messenger's calls of many seeds, with the trail each would have once over. */
const messengerCalls = Array.from({ length: 6000 }, (_, index) => {
  const plan = planCall(callRandom(11, index), pool)
  return { ...plan, attempts: [...plan.attempts], trail: callTrail(plan, start, pool) }
}).filter((call) => call.vendor === 'messenger')

const triedIn = (call: (typeof messengerCalls)[number]) =>
  call.trail.filter((step) => step.key.includes('try-number')).length

describe('Messenger’s numbers tried (TryNumber 1/2/3)', () => {
  it('appear only when the contact has more than one number, never more than it has', () => {
    expect(messengerCalls.length).toBeGreaterThan(500)
    for (const call of messengerCalls) {
      const phones = pool.phones[call.contact] ?? 1
      if (phones <= 1) expect(triedIn(call)).toBe(0)
      expect(triedIn(call)).toBeLessThanOrEqual(phones)
    }
    expect(messengerCalls.some((call) => triedIn(call) === 3)).toBe(true)
  })

  it('end as Completed or Failed once numbers were tried, Failed only with every number tried', () => {
    const tried = messengerCalls.filter((call) => triedIn(call) > 0)
    expect(tried.length).toBeGreaterThan(100)
    for (const call of tried) {
      const phones = pool.phones[call.contact] ?? 1
      expect([
        'messenger.call.completed',
        'messenger.call.failed',
        'messenger.call.cancelled',
      ]).toContain(call.status)
      if (call.status === 'messenger.call.failed') expect(triedIn(call)).toBe(phones)
      if (call.status === 'messenger.call.cancelled') expect(triedIn(call)).toBe(1)
    }
    expect(tried.some((call) => call.status === 'messenger.call.failed')).toBe(true)
    expect(tried.some((call) => call.status === 'messenger.call.completed')).toBe(true)
  })
})
