import { describe, expect, it } from 'vitest'
import type { CallStats, TextStats } from '@/api/stats-schema'
import { callKpis, readKpi, textKpis } from '@/features/insights/kpis/kpi-specs'

describe('readKpi', () => {
  it('reads each KPI’s own figure from the stats, null kept', () => {
    const calls = {
      kpis: { total: 10, answerRate: 0.4, avgRingTime: null, avgTalkTime: 90 },
    } as CallStats
    expect(callKpis.map((spec) => readKpi(spec, calls))).toEqual([10, 0.4, null, 90])
    const texts = { kpis: { total: 7, deliveryRate: 0.9, failureRate: 0.1 } } as TextStats
    expect(textKpis.map((spec) => readKpi(spec, texts))).toEqual([7, 0.9, 0.1])
  })
})
