import { describe, expect, it } from 'vitest'
import { getStatus } from '@/domain/catalog/catalog'
import { hasFacet, logKindInfo, otherKind, statusesOfKind } from '@/domain/log-kind'
import { logKinds } from '@/domain/log-query'
import { outcomeInfo } from '@/domain/outcomes'

describe('log kinds', () => {
  it('describes each kind under its own key', () => {
    for (const kind of logKinds) expect(logKindInfo[kind].kind).toBe(kind)
  })

  it('gives each kind only the statuses of its channel', () => {
    const calls = statusesOfKind('calls')
    const texts = statusesOfKind('texts')
    expect(calls.length).toBeGreaterThan(0)
    expect(texts.length).toBeGreaterThan(0)
    expect(calls.every((entry) => entry.channel === 'call')).toBe(true)
    expect(texts.every((entry) => entry.channel === 'text')).toBe(true)
    expect(getStatus('ctm.call.answered').channel).toBe('call')
  })

  it('lists outcome groups that belong to the kind', () => {
    for (const kind of logKinds) {
      const { channel, outcomes } = logKindInfo[kind]
      for (const group of outcomes) expect(outcomeInfo[group].channels).toContain(channel)
    }
    expect(logKindInfo.calls.outcomes).not.toEqual(logKindInfo.texts.outcomes)
  })

  it('keeps agent, source and campaign to calls', () => {
    for (const facet of ['agent', 'source', 'campaign'] as const) {
      expect(hasFacet('calls', facet)).toBe(true)
      expect(hasFacet('texts', facet)).toBe(false)
    }
    expect(hasFacet('texts', 'status')).toBe(true)
  })

  it('pairs each log with the other', () => {
    expect(otherKind('calls')).toBe('texts')
    expect(otherKind('texts')).toBe('calls')
  })
})
