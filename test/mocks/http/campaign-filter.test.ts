// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import type { CallStatsWire } from '@/api/stats-schema'
import { getStatus } from '@/domain/catalog/catalog'
import { getApi } from '../support/api'
import { serveMockBackend } from '../../support/mock-server'

serveMockBackend()

type Bucket = { value: string; label?: string; count: number }
type Page = { data: CallWire[]; total: number; facets: Record<string, Bucket[]> }

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

describe('the campaign filter', () => {
  it('counts calls per campaign, names each, and lists only the picked ones', async () => {
    const all = await getApi<Page>('/api/v1/calls', { limit: '150' })
    const buckets = all.body.facets.campaign ?? []
    expect(sum(buckets.map((b) => b.count))).toBe(all.body.total)
    const renewal = buckets.find((b) => b.value === 'renewal-offer')
    expect(renewal).toMatchObject({ label: 'Renewal offer' })
    expect(renewal?.count).toBeGreaterThan(0)
    expect(buckets.find((b) => b.value === 'none')?.label).toBe('No campaign')

    const picked = await getApi<Page>('/api/v1/calls', {
      campaign: 'renewal-offer,storm-preparedness',
      limit: '150',
    })
    const storm = buckets.find((b) => b.value === 'storm-preparedness')?.count ?? 0
    expect(picked.body.total).toBe((renewal?.count ?? 0) + storm)
    expect(picked.body.data.length).toBeGreaterThan(0)
    for (const call of picked.body.data) {
      expect(['Renewal offer', 'Storm preparedness']).toContain(call.campaign)
      expect(['renewal-offer', 'storm-preparedness']).toContain(call.campaign_id)
    }
  })

  it('gives Routee campaign calls their campaign’s status from the catalog, others none', async () => {
    const page = await getApi<Page>('/api/v1/calls', {
      campaign: 'renewal-offer,customer-survey,annual-maintenance-plan',
      limit: '150',
    })
    const routee = page.body.data.filter((call) => call.vendor === 'routee')
    const callr = page.body.data.filter((call) => call.vendor === 'callr')
    expect(routee.length).toBeGreaterThan(0)
    expect(callr.length).toBeGreaterThan(0)
    for (const call of routee) {
      const entry = getStatus(call.campaign_status?.key ?? '')
      expect(entry?.channel).toBe('campaign')
      expect(entry?.code).toBe(call.campaign_status?.code)
    }
    for (const call of callr) expect(call.campaign_status).toBeNull()
    // The same call reads the same on every request.
    const again = await getApi<Page>('/api/v1/calls', {
      campaign: 'renewal-offer,customer-survey,annual-maintenance-plan',
      limit: '150',
    })
    expect(again.body.data.map((c) => c.campaign_status)).toEqual(
      page.body.data.map((c) => c.campaign_status),
    )
  })

  it('filters the stats the same way as the list', async () => {
    const filters = { campaign: 'renewal-offer,none' }
    const list = await getApi<Page>('/api/v1/calls', filters)
    const stats = await getApi<CallStatsWire>('/api/v1/calls/stats', filters)
    expect(stats.body.kpis.total).toBe(list.body.total)
    // The list's facet counts leave the facet's own filter out; the stats keep it.
    const counted = (stats.body.by_campaign ?? []).filter((row) => row.total > 0)
    expect(counted.map((row) => row.value).sort()).toEqual(['none', 'renewal-offer'])
    for (const row of counted) {
      const bucket = list.body.facets.campaign?.find((b) => b.value === row.value)
      expect(row.total).toBe(bucket?.count)
    }
  })

  it('refuses a campaign given by name, and texts have no campaigns', async () => {
    const byName = await getApi<{ param: string; detail: string }>('/api/v1/calls', {
      campaign: 'Renewal offer',
    })
    expect(byName.status).toBe(400)
    expect(byName.body.param).toBe('campaign')
    expect(byName.body.detail).toContain('Renewal offer')
    // Texts ignore it, as they ignore agent and source.
    const texts = await getApi<Page>('/api/v1/texts', { campaign: 'renewal-offer' })
    expect(texts.status).toBe(200)
  })
})
