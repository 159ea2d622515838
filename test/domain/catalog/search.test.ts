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
    ]
    expect(find('no answer')).toEqual(expect.arrayContaining(noAnswers))
    expect(find('noanswer')).toEqual(expect.arrayContaining(noAnswers))
    expect(find('NO_ANSWER')).toEqual(expect.arrayContaining(noAnswers))
  })

  it('searches the meaning, the code and the vendor', () => {
    expect(find('30 seconds')).toEqual(['messenger.call.ringing'])
    expect(find('VOICEMAIL_DETECTED')).toEqual(['callr.call.absent-voicemail-detected'])
    expect(find('routee busy')).toEqual(['routee.call.busy'])
    expect(find('one text per second')).toEqual(['ctm.text.queued'])
  })
})
