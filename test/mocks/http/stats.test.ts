// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CallStatsWire, TextStatsWire } from '@/api/stats-schema'
import { getStatus } from '@/domain/catalog/catalog'
import { getApi } from '../support/api'
import { serveMockBackend } from '../../support/mock-server'

serveMockBackend()

type Facets = Record<string, { value: string; count: number }[]>
type Page = { total: number; facets: Facets }

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

const filterSets: Record<string, string>[] = [
  {},
  { vendor: 'ctm', direction: 'inbound' },
  { outcome: 'connected,not-answered', from: '2026-03-01', to: '2026-03-15T12:00:00Z' },
  { status: 'ctm.call.answered,routee.call.completed', agent: 'ana-ruiz,none' },
  { q: '555', source: 'google-ads,direct' },
]

describe('GET /api/v1/calls/stats', () => {
  it.each(filterSets)('agrees with the list for the same filters %o', async (filters) => {
    const list = await getApi<Page>('/api/v1/calls', filters)
    const stats = await getApi<CallStatsWire>('/api/v1/calls/stats', filters)
    expect(stats.status).toBe(200)
    const { kpis } = stats.body
    expect(kpis.total).toBe(list.body.total)
    expect(sum(stats.body.by_status.map((b) => b.count))).toBe(kpis.total)
    expect(sum(stats.body.by_outcome.map((b) => b.count))).toBe(kpis.total)
    expect(sum(stats.body.series.points.map((p) => p.total))).toBe(kpis.total)
    expect(sum(stats.body.heatmap.map((c) => c.total))).toBe(kpis.total)
    expect(sum(stats.body.by_vendor.map((v) => v.total))).toBe(kpis.total)
    expect(sum(stats.body.by_agent.map((a) => a.total))).toBe(kpis.total)
    expect(sum(stats.body.by_source.map((s) => s.answered))).toBe(kpis.connected)
    for (const point of stats.body.series.points) {
      expect(sum(Object.values(point.counts))).toBe(point.total)
    }
  })

  it('never counts a call still under way as an outcome', async () => {
    const { body } = await getApi<CallStatsWire>('/api/v1/calls/stats')
    const inFlight = body.by_status
      .filter((b) => getStatus(b.value)?.phase === 'in-flight')
      .reduce((n, b) => n + b.count, 0)
    expect(inFlight).toBeGreaterThan(0)
    expect(body.kpis.in_flight).toBe(inFlight)
    expect(body.kpis.final).toBe(body.kpis.total - inFlight)
    expect(body.kpis.answer_rate).toBeCloseTo(body.kpis.connected / body.kpis.final, 3)
    expect(body.kpis.avg_talk_time).toBeGreaterThan(body.kpis.avg_ring_time ?? Infinity)
  })

  it('covers the whole range with buckets, empty ones included', async () => {
    const { body } = await getApi<CallStatsWire>('/api/v1/calls/stats', {
      from: '2026-02-01T00:00:00Z',
      to: '2026-02-08T00:00:00Z',
      interval: 'hour',
    })
    const points = body.series.points
    expect(points).toHaveLength(7 * 24)
    expect(points[0]?.start).toBe('2026-02-01T00:00:00.000Z')
    expect(points.at(-1)?.end).toBe('2026-02-08T00:00:00.000Z')
    points.slice(1).forEach((point, i) => expect(point.start).toBe(points[i]?.end))
    expect(points.some((point) => point.total === 0)).toBe(true)
    for (const point of points)
      expect(Object.keys(point.counts)).toEqual(body.series.keys)
  })

  it('starts days at local midnight in the requested time zone', async () => {
    const { body } = await getApi<CallStatsWire>('/api/v1/calls/stats', {
      from: '2026-03-07T06:00:00Z',
      to: '2026-03-10T05:00:00Z',
      tz: 'america/chicago',
    })
    expect(body.range.tz).toBe('America/Chicago')
    // DST began on 8 March: that day has 23 hours.
    expect(body.series.points.map((p) => p.start)).toEqual([
      '2026-03-07T06:00:00.000Z',
      '2026-03-08T06:00:00.000Z',
      '2026-03-09T05:00:00.000Z',
    ])
  })

  it('puts the busiest heat-map cells in local business hours', async () => {
    const { body } = await getApi<CallStatsWire>('/api/v1/calls/stats', {
      tz: 'America/Chicago',
    })
    expect(body.heatmap).toHaveLength(168)
    const top = [...body.heatmap].sort((a, b) => b.total - a.total).slice(0, 10)
    for (const cell of top) {
      expect(cell.weekday).toBeLessThanOrEqual(5)
      expect(cell.hour).toBeGreaterThanOrEqual(8)
      expect(cell.hour).toBeLessThan(18)
    }
    for (const cell of body.heatmap) expect(cell.answered).toBeLessThanOrEqual(cell.total)
  })
})

describe('GET /api/v1/texts/stats', () => {
  it('gives delivery KPIs over outbound texts with an outcome', async () => {
    const { body } = await getApi<TextStatsWire>('/api/v1/texts/stats', {
      interval: 'week',
    })
    const { kpis } = body
    const list = await getApi<Page>('/api/v1/texts')
    expect(kpis.total).toBe(list.body.total)
    const outbound =
      list.body.facets.direction?.find((b) => b.value === 'outbound')?.count ?? 0
    expect(kpis.outbound_final).toBeLessThanOrEqual(outbound)
    expect(kpis.delivered + kpis.failed).toBeLessThanOrEqual(kpis.outbound_final)
    expect(kpis.delivery_rate).toBeCloseTo(kpis.delivered / kpis.outbound_final, 3)
    // Sent texts wait for a receipt: counted apart, in neither part of the rates.
    expect(kpis.awaiting_receipt).toBeGreaterThan(0)
    expect(
      kpis.received + kpis.outbound_final + kpis.awaiting_receipt + kpis.in_flight,
    ).toBe(kpis.total)
    expect(body.series.keys).toContain('delivered')
    expect(new Date(body.series.points[1]?.start ?? '').getUTCDay()).toBe(1)
  })
})

describe('facets', () => {
  it('count each facet without its own filter', async () => {
    const all = await getApi<Page>('/api/v1/calls', { vendor: 'ctm' })
    const filtered = await getApi<Page>('/api/v1/calls', {
      vendor: 'ctm',
      status: 'ctm.call.answered',
    })
    expect(filtered.body.facets.status).toEqual(all.body.facets.status)
    const answered = all.body.facets.status?.find((b) => b.value === 'ctm.call.answered')
    expect(filtered.body.total).toBe(answered?.count)
    // Every status of the log is listed, zero counts included.
    expect(filtered.body.facets.status?.some((b) => b.count === 0)).toBe(true)
    // The vendor facet ignores the vendor filter: the other vendors keep their counts.
    const vendors = new Map(all.body.facets.vendor?.map((b) => [b.value, b.count]))
    expect(vendors.get('ctm')).toBe(all.body.total)
    expect(vendors.get('messenger')).toBeGreaterThan(0)
  })
})
