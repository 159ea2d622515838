// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { TextStats } from '@/api/stats-schema'
import { mergeCounts } from '@/features/filters/merge-counts'
import { answerRate, formatRate } from '@/features/insights/breakdowns/answer-rate'
import { heatGrid, successRate } from '@/features/insights/heat-map/heat-cells'
import { statsFacets } from '@/features/insights/stats-facets'

const texts = {
  byStatus: [{ value: 'ctm.text.delivered', count: 5 }],
  byOutcome: [{ value: 'delivered', count: 5 }],
  byVendor: [{ value: 'ctm', total: 5, counts: { delivered: 5 } }],
} as Pick<TextStats, 'byStatus' | 'byOutcome' | 'byVendor'> as TextStats

describe('filter counts from stats', () => {
  it('counts each facet from the stats the page already has', () => {
    expect(statsFacets(texts, {}, true)).toEqual({
      status: [{ value: 'ctm.text.delivered', count: 5 }],
      outcome: [{ value: 'delivered', count: 5 }],
      vendor: [{ value: 'ctm', count: 5 }],
    })
  })

  it('gives a facet whose own filter is set no counts rather than misleading zeros', () => {
    const facets = statsFacets(texts, { status: ['ctm.text.delivered'] }, true)
    expect(facets?.status).toBeUndefined()
    expect(facets?.outcome).toHaveLength(1)
  })

  it('counts zero for a log the filters rule out, nothing while loading', () => {
    expect(statsFacets(undefined, {}, false)?.outcome).toEqual([])
    expect(statsFacets(undefined, {}, true)).toBeUndefined()
  })

  it('adds both logs’ counts up per value', () => {
    expect(
      mergeCounts(
        [
          { value: 'failed', count: 2 },
          { value: 'connected', count: 3 },
        ],
        undefined,
        [{ value: 'failed', count: 4 }],
      ),
    ).toEqual([
      { value: 'failed', count: 6 },
      { value: 'connected', count: 3 },
    ])
    expect(mergeCounts(undefined, undefined)).toBeUndefined()
  })
})

describe('heat-map grid', () => {
  it('places cells by weekday and hour whatever their order, ignoring strays', () => {
    const grid = heatGrid([
      { weekday: 7, hour: 23, total: 4, success: 1, base: 3 },
      { weekday: 1, hour: 0, total: 2, success: 2, base: 2 },
      { weekday: 8, hour: 0, total: 99, success: 0, base: 99 },
      { weekday: 1, hour: 24, total: 99, success: 0, base: 99 },
    ])
    expect(grid.rows).toHaveLength(7)
    expect(grid.rows.every((row) => row.length === 24)).toBe(true)
    expect(grid.rows[6]?.[23]).toMatchObject({ total: 4, success: 1, base: 3 })
    expect(grid.rows[0]?.[0]).toMatchObject({ total: 2, success: 2 })
    expect(grid.max).toBe(4)
    expect(grid.total).toBe(6)
  })
})

describe('answer rates', () => {
  it('divide by the calls that ended, as the KPI does: in-flight calls count in neither part', () => {
    // 10 calls, 2 still ringing, 6 answered: 6 of the 8 that ended.
    expect(answerRate({ answered: 6, final: 8 })).toBe(0.75)
    expect(answerRate({ answered: 0, final: 0 })).toBeNull()
    const grid = heatGrid([
      { weekday: 2, hour: 9, total: 10, success: 6, base: 8 },
      { weekday: 2, hour: 9, total: 2, success: 0, base: 0 },
    ])
    const cell = grid.rows[1]?.[9]
    expect(cell && successRate(cell)).toBe(0.75)
    expect(successRate({ weekday: 1, hour: 1, total: 3, success: 0, base: 0 })).toBeNull()
  })

  it('read a dash where nothing has ended yet', () => {
    expect(formatRate(answerRate({ answered: 0, final: 0 }))).toBe('–')
    expect(formatRate(answerRate({ answered: 1, final: 4 }))).toBe('25%')
  })
})
