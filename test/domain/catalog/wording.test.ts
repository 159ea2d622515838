import { describe, expect, it } from 'vitest'
import { getStatus, unknownStatus } from '@/domain/catalog/catalog'
import { meaningOf } from '@/domain/catalog/meaning'
import { outcomeInfo } from '@/domain/outcomes'

const meaning = (key: string) =>
  meaningOf(getStatus(key) ?? unknownStatus(key, null, null))

describe('the explanations say what the sources say, and nothing more', () => {
  it('says "answered" where the source says answered, not that a person did', () => {
    expect(meaning('messenger.call.completed')).not.toMatch(/someone|person/i)
    expect(meaning('messenger.call.no-answer')).not.toMatch(/anyone|person/i)
    expect(outcomeInfo.connected.description).not.toMatch(/person/i)
    // CTM's own page says a person answered a queue or agent call: kept, with its caveat.
    expect(meaning('ctm.call.answered')).toMatch(/voicemail box/)
  })

  it('claims no delivery for Outgoing and no message played to an answer machine', () => {
    expect(meaning('messenger.call.outgoing')).not.toMatch(/deliver/i)
    expect(meaning('messenger.call.connected-answer-machine')).not.toMatch(/played/i)
    expect(meaning('messenger.call.connected-no-response')).not.toMatch(
      /no message was played/i,
    )
  })

  it('does not guess a ringing phone or a listener where the source does not say so', () => {
    expect(meaning('routee.call.ringing')).not.toMatch(/ringing/i)
    expect(meaning('callr.call.answered-complete')).not.toMatch(/heard/i)
    expect(meaning('routee.call.unknown')).not.toMatch(/should follow/i)
  })
})
