import { describe, expect, it } from 'vitest'
import { catalog } from '@/domain/catalog/catalog'
import { matchesStatusQuery, queryWords } from '@/domain/catalog/search'

const find = (query: string) =>
  catalog.filter((entry) => matchesStatusQuery(entry, query)).map((entry) => entry.key)

describe('matchesStatusQuery', () => {
  it('splits a query into lower-case words', () => {
    expect(queryWords('  No-answer, BUSY_signal ')).toEqual([
      'no',
      'answer',
      'busy',
      'signal',
    ])
    expect(queryWords('')).toEqual([])
  })

  it('matches everything for an empty query and nothing for a word no entry has', () => {
    expect(find('')).toHaveLength(catalog.length)
    expect(find('xyzzy')).toEqual([])
  })

  it('finds a status however its label is spelt', () => {
    const noAnswers = [
      'ctm.call.no-answer',
      'messenger.call.no-answer',
      'routee.call.no-answer',
      'callr.call.absent-no-answer',
      'twilio.call.no-answer',
    ]
    expect(find('noanswer')).toEqual(noAnswers)
    expect(find('No-Answer')).toEqual(expect.arrayContaining(noAnswers))
    expect(find('NO_ANSWER')).toEqual(expect.arrayContaining(noAnswers))
    expect(find('VOICEMAIL_DETECTED')).toEqual(['callr.call.absent-voicemail-detected'])
  })

  it('finds a phrase of a meaning, not words scattered through it', () => {
    // "no answer machine" in Messenger's Busy and Ringing; not every meaning with "no" and "answered".
    expect(find('no answer')).toHaveLength(7)
    expect(find('30 seconds')).toEqual(['messenger.call.ringing'])
    expect(find('one text per second')).toEqual(['ctm.text.queued'])
    expect(find('account balance')).toEqual([
      'routee.call.unsent',
      'routee.call.terminated',
    ])
    expect(find('balance account')).toEqual([])
  })

  it('narrows to a vendor named in the query', () => {
    expect(find('routee busy')).toEqual(['routee.call.busy'])
    expect(find('CTM completed')).toEqual(['ctm.call.completed', 'ctm.text.completed'])
    expect(find('callr')).toHaveLength(13)
    expect(find('CallTrackingMetrics')).toHaveLength(21)
  })
})
