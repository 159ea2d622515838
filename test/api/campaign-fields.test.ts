import { describe, expect, it } from 'vitest'
import { callSchema, type CallWire } from '@/api/call-schema'
import { filterParams } from '@/api/log-params'
import { decodeLogSearch, encodeLogSearch } from '@/domain/log-search-codec'
import { emptyFilters } from '@/domain/log-query'

const wire: CallWire = {
  id: 'c-1',
  vendor: 'routee',
  direction: 'outbound',
  started_at: '2026-11-20T10:00:00.000Z',
  duration: 40,
  ring_time: 10,
  talk_time: 30,
  contact: { name: null, number: '+15550100001' },
  tracking_number: null,
  receiving_number: null,
  source: null,
  agent: null,
  campaign: 'Renewal offer',
  campaign_id: 'renewal-offer',
  campaign_status: { code: 'Finished', key: 'routee.campaign.finished' },
  has_recording: false,
  status: { code: 'Completed', key: 'routee.call.completed' },
  result: null,
  trail: [],
}

describe('a call’s campaign on the wire', () => {
  it('resolves the campaign’s status against the catalog’s campaign entries', () => {
    const call = callSchema.parse(wire)
    expect(call.campaignId).toBe('renewal-offer')
    expect(call.campaignStatus?.key).toBe('routee.campaign.finished')
    expect(call.campaignStatus?.channel).toBe('campaign')
  })

  it('reads payloads without the new fields, and keeps an unknown campaign status as sent', () => {
    const older: Record<string, unknown> = { ...wire }
    delete older.campaign_id
    delete older.campaign_status
    const call = callSchema.parse(older)
    expect(call.campaignId).toBeNull()
    expect(call.campaignStatus).toBeNull()
    const odd = callSchema.parse({
      ...wire,
      campaign_status: { code: 'Paused', key: null },
    })
    expect(odd.campaignStatus?.known).toBe(false)
    expect(odd.campaignStatus?.label).toBe('Paused')
    expect(callSchema.safeParse({ ...wire, campaign_status: 'Finished' }).success).toBe(
      false,
    )
  })
})

describe('the campaign filter’s parameters', () => {
  it('goes to the calls API, never the texts API', () => {
    const filters = { ...emptyFilters, campaign: ['renewal-offer', 'none'] }
    expect(filterParams('calls', filters).get('campaign')).toBe('renewal-offer,none')
    expect(filterParams('texts', filters).has('campaign')).toBe(false)
    expect(filterParams('calls', emptyFilters).has('campaign')).toBe(false)
  })

  it('is read from and written to a log’s URL, dropping what is not an id', () => {
    const { search, dropped } = decodeLogSearch('calls', {
      campaign: 'renewal-offer,Renewal offer,<b>x</b>',
    })
    expect(search.campaign).toEqual(['renewal-offer'])
    expect(dropped.map((d) => [d.param, d.value, d.reason])).toEqual([
      ['campaign', 'Renewal offer', 'not a campaign id'],
      ['campaign', '<b>x</b>', 'not a campaign id'],
    ])
    expect(encodeLogSearch(search)).toEqual([['campaign', 'renewal-offer']])
    expect(
      decodeLogSearch('insights', { campaign: 'storm-preparedness' }).search,
    ).toEqual({
      campaign: ['storm-preparedness'],
    })
    // Texts have no campaigns: the page says it left the parameter out.
    const texts = decodeLogSearch('texts', { campaign: 'renewal-offer' })
    expect(texts.search.campaign).toBeUndefined()
    expect(texts.dropped[0]?.param).toBe('campaign')
  })
})
