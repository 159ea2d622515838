// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outcomeOrder } from '@/domain/insights/outcome-order'
import { statusDistribution } from '@/domain/insights/status-distribution'
import { statusesFor } from '@/domain/catalog/catalog'
import { outcomeInfo } from '@/domain/outcomes'

describe('status distribution', () => {
  const calls = statusDistribution('call', [
    { value: 'ctm.call.answered', count: 60 },
    { value: 'ctm.call.busy', count: 10 },
    { value: 'messenger.call.busy', count: 20 },
    { value: 'ctm.call.no-answer', count: 10 },
    { value: 'ctm.call.in-progress', count: 5 },
    { value: 'ctm.call.failed', count: 0 },
  ])

  it('groups statuses under their outcome groups, in the catalog’s order', () => {
    const connected = calls.groups.find((g) => g.outcome === 'connected')
    const notAnswered = calls.groups.find((g) => g.outcome === 'not-answered')
    expect(calls.groups[0]?.outcome).toBe('connected')
    expect(connected?.count).toBe(60)
    expect(notAnswered?.count).toBe(40)
    expect(notAnswered?.statuses.map((s) => s.key)).toEqual([
      'messenger.call.busy',
      'ctm.call.busy',
      'ctm.call.no-answer',
    ])
  })

  it('keeps the same word at two vendors apart, each named with its vendor', () => {
    const names = calls.groups
      .find((g) => g.outcome === 'not-answered')
      ?.statuses.map((s) => s.name)
    expect(names).toEqual(['Busy · Messenger', 'Busy · CTM', 'No answer · CTM'])
  })

  it('sets in-flight statuses apart, out of the outcome shares', () => {
    expect(calls.total).toBe(105)
    expect(calls.outcomesTotal).toBe(100)
    expect(calls.groups.some((g) => g.outcome === 'in-progress')).toBe(false)
    expect(calls.inFlight.count).toBe(5)
    expect(calls.inFlight.share).toBeCloseTo(5 / 105)
    expect(calls.groups.find((g) => g.outcome === 'connected')?.share).toBe(0.6)
    const busy = calls.groups
      .find((g) => g.outcome === 'not-answered')
      ?.statuses.find((s) => s.key === 'ctm.call.busy')
    expect(busy?.share).toBe(0.1)
    expect(busy?.shareOfGroup).toBe(0.25)
  })

  it('lists every outcome group of the channel, empty ones as zero', () => {
    expect(calls.groups.map((g) => g.outcome)).toEqual([
      'connected',
      'machine',
      'ivr',
      'not-answered',
      'canceled',
      'blocked',
      'failed',
    ])
    expect(calls.groups.find((g) => g.outcome === 'failed')).toMatchObject({
      count: 0,
      share: 0,
      statuses: [],
    })
  })

  it('orders texts Delivered first and Failed last, named with their vendor (CTM and Twilio share texts)', () => {
    const texts = statusDistribution('text', [
      { value: 'ctm.text.failed', count: 1 },
      { value: 'ctm.text.delivered', count: 3 },
    ])
    expect(texts.groups.map((g) => g.outcome)).toEqual([
      'delivered',
      'sent',
      'received',
      'not-delivered',
      'failed',
    ])
    expect(texts.groups[0]?.statuses[0]?.name).toBe('Delivered · CTM')
    expect(texts.inFlight.outcome).toBe('in-flight')
  })

  it('sets a status the catalog does not know apart, counted, never as an outcome', () => {
    const odd = statusDistribution('call', [
      { value: 'acme.call.weird', count: 2 },
      { value: 'ctm.call.answered', count: 6 },
      { value: 'ctm.call.in-progress', count: 1 },
    ])
    expect(odd.groups.find((g) => g.outcome === 'unknown')).toBeUndefined()
    expect(odd.inFlight.count).toBe(1)
    const unknown = odd.notInCatalog
    expect(unknown.count).toBe(2)
    expect(unknown.share).toBeCloseTo(2 / 9)
    expect(unknown.statuses[0]?.name).toBe('acme.call.weird')
    expect(unknown.statuses[0]?.status.known).toBe(false)
    // Out of the outcome shares: the answered calls are all the calls that ended.
    expect(odd.outcomesTotal).toBe(6)
    expect(odd.groups.find((g) => g.outcome === 'connected')?.share).toBe(1)
    expect(outcomeInfo.unknown).toMatchObject({
      label: 'Not in the catalog',
      isOutcome: false,
    })
  })

  it('has no shares when nothing has an outcome', () => {
    const none = statusDistribution('call', [{ value: 'ctm.call.in-progress', count: 3 }])
    expect(none.outcomesTotal).toBe(0)
    expect(none.groups.every((g) => g.share === null)).toBe(true)
    expect(none.inFlight.share).toBe(1)
  })

  it('adds up: groups plus in flight give the total, statuses give their group', () => {
    const keys = statusesFor({ channel: 'call' })
      .filter((e) => e.kind === 'status')
      .map((e) => e.key)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.nat(1000)), { maxLength: 30 }),
        (pairs) => {
          const byStatus = pairs.map(([value, count]) => ({ value, count }))
          const d = statusDistribution('call', byStatus)
          const sum = byStatus.reduce((s, b) => s + b.count, 0)
          const groups = d.groups.reduce((s, g) => s + g.count, 0)
          expect(groups + d.inFlight.count).toBe(sum)
          expect(d.outcomesTotal).toBe(groups)
          for (const g of [...d.groups, d.inFlight]) {
            expect(g.statuses.reduce((s, x) => s + x.count, 0)).toBe(g.count)
          }
        },
      ),
    )
  })

  it('orders any group list own outcomes, shared outcomes, then in flight', () => {
    expect(outcomeOrder(['failed', 'in-flight', 'delivered', 'sent', 'x'])).toEqual([
      'delivered',
      'sent',
      'failed',
      'x',
      'in-flight',
    ])
  })
})
