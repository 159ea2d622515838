import { describe, expect, it } from 'vitest'
import { catalog, getStatus } from '@/domain/catalog/catalog'
import { wordClashes } from '@/domain/catalog/clashes'

const clashes = wordClashes(catalog)
const keysFor = (word: string) =>
  clashes.find((clash) => clash.word === word)?.entries.map((entry) => entry.key)

describe('wordClashes', () => {
  it('finds Completed, whose meaning changes with the vendor and channel', () => {
    expect(keysFor('Completed')).toEqual([
      'ctm.call.completed',
      'ctm.text.completed',
      'messenger.call.completed',
      'routee.call.completed',
      'twilio.call.completed',
    ])
  })

  it('finds Ringing, an outcome at Messenger and a step at Routee', () => {
    expect(keysFor('Ringing')).toEqual([
      'messenger.call.ringing',
      'routee.call.ringing',
      'twilio.call.ringing',
    ])
  })

  it('finds CTM’s Hangup status beside CALLR’s HANGUP result code', () => {
    expect(keysFor('Hangup')).toEqual(['ctm.call.hangup', 'callr.call.hangup'])
  })

  it('leaves out words that mean the same everywhere', () => {
    expect(keysFor('Busy')).toBeUndefined()
    expect(keysFor('Failed')).toBeUndefined()
    expect(keysFor('Queued')).toBeUndefined()
  })

  it('notices a clash as soon as two same-named entries differ', () => {
    const busy = getStatus('ctm.call.busy')
    const other = { ...getStatus('routee.call.busy'), phase: 'in-flight' as const }
    expect(wordClashes([busy, other]).map((clash) => clash.word)).toEqual(['Busy'])
    expect(wordClashes([busy, getStatus('routee.call.busy')])).toEqual([])
  })
})
