// @vitest-environment node
import { http, HttpResponse } from 'msw'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { isApiError } from '@/api/problem'
import { fetchStats, statsParams, statsPath, statsQueryOptions } from '@/api/stats'
import type { CallStats, SeriesPoint, TextStats } from '@/api/stats-schema'
import { emptyFilters } from '@/domain/log-query'
import { server } from '@/mocks/node'
import { serveMockBackend } from '../support/mock-server'

serveMockBackend()

const query = { filters: emptyFilters, interval: 'day', tz: 'UTC' } as const

describe('statsParams', () => {
  it('sends the filters, the interval and the time zone', () => {
    const params = statsParams('calls', {
      filters: {
        ...emptyFilters,
        vendor: ['ctm', 'callr'],
        agent: ['ana-ruiz'],
        q: ' 555 ',
      },
      interval: 'week',
      tz: 'Europe/Paris',
    })
    expect(params.toString()).toBe(
      'vendor=ctm%2Ccallr&agent=ana-ruiz&q=555&interval=week&tz=Europe%2FParis',
    )
    expect(
      statsParams('texts', { ...query, filters: { ...emptyFilters, agent: ['x'] } }).has(
        'agent',
      ),
    ).toBe(false)
  })
})

describe('fetchStats', () => {
  it('parses the call stats into a chart-ready shape', async () => {
    const stats = await fetchStats('calls', query)
    expect(stats.kpis.total).toBe(1500)
    expect(stats.kpis.answerRate).toBeGreaterThan(0)
    expect(stats.series.keys).toContain('connected')
    const [first, second] = stats.series.points
    expect(first?.time).toBe(Date.parse(first?.start ?? ''))
    expect(second?.time).toBe(first ? first.time + 86_400_000 : NaN)
    expect(stats.byAgent.some((row) => row.label === 'Ana Ruiz')).toBe(true)
    expect(stats.heatmap).toHaveLength(168)
  })

  it('types what it parses from the schemas themselves (checked by the typecheck)', () => {
    expectTypeOf<SeriesPoint>().toEqualTypeOf<{
      start: string
      end: string
      total: number
      counts: Record<string, number>
      time: number
    }>()
    expectTypeOf<CallStats['kpis']['avgTalkTime']>().toEqualTypeOf<number | null>()
    expectTypeOf<TextStats['kpis']['awaitingReceipt']>().toEqualTypeOf<number>()
    expectTypeOf<CallStats['byCampaign']>().not.toBeNullable()
  })

  it('parses the text stats', async () => {
    const stats = await fetchStats('texts', { ...query, interval: 'week' })
    expect(stats.kpis.deliveryRate).toBeGreaterThan(0.5)
    expect(stats.heatmap[0]).toHaveProperty('delivered')
  })

  it('turns a malformed body into a clear error', async () => {
    server.use(
      http.get(`*${statsPath('calls')}`, () =>
        HttpResponse.json({ kpis: { total: 'many' } }),
      ),
    )
    const error: unknown = await fetchStats('calls', query).catch((e: unknown) => e)
    expect(isApiError(error) && error.kind).toBe('invalid-response')
    expect(isApiError(error) && error.message).toContain('unexpected shape')
  })

  it('keys its query by log and parameters', () => {
    expect(statsQueryOptions('texts', query).queryKey).toEqual(['stats', 'texts', query])
  })
})
