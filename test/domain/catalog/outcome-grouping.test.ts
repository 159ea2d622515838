import { describe, expect, it } from 'vitest'
import { getStatus, type StatusKey } from '@/domain/catalog/catalog'
import { outcomeGroupsFor, outcomeInfo } from '@/domain/outcomes'

const outcomeOf = (key: StatusKey) => getStatus(key).outcome

describe('outcome groups across vendors', () => {
  it('does not count CTM’s Completed with Messenger’s: nobody answered it', () => {
    expect(outcomeOf('ctm.call.completed')).toBe('ivr')
    expect(outcomeOf('messenger.call.completed')).toBe('connected')
    expect(outcomeOf('routee.call.completed')).toBe('connected')
    expect(outcomeOf('ctm.text.completed')).toBe('sent')
  })

  it('counts a pick-up as connected at every vendor', () => {
    for (const key of [
      'ctm.call.answered',
      'messenger.call.completed',
      'routee.call.completed',
      'callr.call.answered-complete',
      'callr.call.answered-incomplete',
    ] as const) {
      expect(outcomeOf(key), key).toBe('connected')
    }
  })

  it('keeps Messenger’s Connected – Answered in flight: In-progress and Completed follow it', () => {
    expect(getStatus('messenger.call.connected-answered')).toMatchObject({
      phase: 'in-flight',
      outcome: 'in-progress',
    })
  })

  it('counts a detected machine apart from a person', () => {
    expect(outcomeOf('messenger.call.connected-answer-machine')).toBe('machine')
    expect(outcomeOf('callr.call.absent-voicemail-detected')).toBe('machine')
  })

  it('counts busy, unanswered and rung-out calls as not answered', () => {
    for (const key of [
      'ctm.call.busy',
      'ctm.call.no-answer',
      'messenger.call.busy',
      'messenger.call.no-answer',
      'messenger.call.ringing',
      'messenger.call.connected-no-response',
      'routee.call.busy',
      'routee.call.no-answer',
      'callr.call.absent-busy',
      'callr.call.absent-no-answer',
    ] as const) {
      expect(outcomeOf(key), key).toBe('not-answered')
    }
  })

  it('keeps calls stopped by the account or a blacklist apart from failures', () => {
    expect(outcomeOf('routee.call.unsent')).toBe('blocked')
    expect(outcomeOf('routee.call.terminated')).toBe('blocked')
    expect(outcomeOf('callr.call.error-blacklisted')).toBe('blocked')
    expect(outcomeOf('callr.call.error-rejected')).toBe('failed')
  })

  it('does not make outcomes of CTM’s No Audio or CALLR’s result codes', () => {
    expect(getStatus('ctm.call.no-audio')).toMatchObject({ kind: 'flag', outcome: null })
    for (const key of [
      'callr.call.hangup',
      'callr.call.voicemail-complete',
      'callr.call.voicemail-incomplete',
    ] as const) {
      expect(getStatus(key)).toMatchObject({ kind: 'result', outcome: null })
    }
  })

  it('leaves Routee’s Unknown and Messenger’s attempts in flight, not counted', () => {
    for (const key of [
      'routee.call.unknown',
      'messenger.call.try-number-1',
      'routee.call.ringing',
      'routee.campaign.sent',
    ] as const) {
      const entry = getStatus(key)
      expect(entry.phase, key).toBe('in-flight')
      expect(entry.outcome && outcomeInfo[entry.outcome].isOutcome, key).toBe(false)
    }
  })

  it('offers each channel only the groups its statuses can fall in', () => {
    expect(outcomeGroupsFor('text')).not.toContain('connected')
    expect(outcomeGroupsFor('call')).not.toContain('delivered')
    expect(outcomeGroupsFor('call')).toContain('unknown')
  })
})
