// @vitest-environment node
import fc from 'fast-check'
import { http } from 'msw'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fetchStats, statsParams, statsPath, type StatsQuery } from '@/api/stats'
import { emptyFilters, type LogKind } from '@/domain/log-query'
import { server } from '@/mocks/node'
import {
  asJson,
  expectClearError,
  httpStatus,
  malformedJson,
  mutated,
  nastyValue,
  respond,
  runs,
  settle,
  type Answer,
} from './support/bad-bodies'
import { serveMockBackend } from '../support/mock-server'

serveMockBackend()

const query: StatsQuery = { filters: emptyFilters, interval: 'day', tz: 'UTC' }

/** Real answers from the mock backend, to break. */
const valid: Record<LogKind, unknown> = { calls: null, texts: null }
beforeAll(async () => {
  for (const kind of ['calls', 'texts'] as const) {
    const url = `http://localhost${statsPath(kind)}?${statsParams(kind, query).toString()}`
    valid[kind] = await fetch(url).then((response) => response.json() as unknown)
  }
})

let answer: Answer = { status: 200, body: '{}' }
beforeEach(() => {
  server.use(http.get('*/api/v1/:log/stats', () => respond(answer)))
})

describe.each(['calls', 'texts'] as const)('%s stats from a misbehaving API', (kind) => {
  const check = async (answered: Answer) => {
    answer = answered
    const outcome = await settle(fetchStats(kind, query))
    if (!outcome.ok) return expectClearError(outcome.error)
    expect(outcome.value.kpis.total).toBeGreaterThanOrEqual(0)
    for (const point of outcome.value.series.points)
      expect(Number.isFinite(point.time)).toBe(true)
  }

  it('a valid answer is read as is', async () => {
    await check({ status: 200, body: asJson(valid[kind]) })
    const stats = await fetchStats(kind, query)
    expect(stats.heatmap).toHaveLength(168)
  })

  it('any JSON value, any status: stats or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(httpStatus, nastyValue, (status, body) =>
        check({ status, body: asJson(body) }),
      ),
      runs,
    )
  })

  it('JSON that does not parse: a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(httpStatus, malformedJson(valid[kind]), async (status, body) => {
        answer = { status, body }
        const outcome = await settle(fetchStats(kind, query))
        expect(outcome.ok).toBe(false)
        if (!outcome.ok) expectClearError(outcome.error)
      }),
      runs,
    )
  })

  it('a valid answer broken in a few places: stats or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(httpStatus, mutated(valid[kind]), (status, body) =>
        check({ status, body: asJson(body) }),
      ),
      runs,
    )
  })
})
