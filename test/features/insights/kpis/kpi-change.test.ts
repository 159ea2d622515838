// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { kpiChange } from '@/features/insights/kpis/kpi-change'
import { comparedWith, formatKpi } from '@/features/insights/kpis/kpi-specs'

describe('KPI change against the previous period', () => {
  it('moves counts and times by percent of the earlier value', () => {
    expect(kpiChange(110, 100, 'count', 'neither')).toEqual({
      direction: 'up',
      tone: 'neutral',
      words: 'Up 10%',
    })
    expect(kpiChange(9, 12, 'seconds', 'down')).toEqual({
      direction: 'down',
      tone: 'good',
      words: 'Down 25%',
    })
    expect(kpiChange(15, 12, 'seconds', 'down').tone).toBe('bad')
  })

  it('moves rates in percentage points, not percent', () => {
    expect(kpiChange(0.44, 0.4, 'rate', 'up')).toEqual({
      direction: 'up',
      tone: 'good',
      words: 'Up 4 pts',
    })
    expect(kpiChange(0.119, 0.12, 'rate', 'down')).toEqual({
      direction: 'down',
      tone: 'good',
      words: 'Down 0.1 pts',
    })
    expect(kpiChange(0.5, 0.556, 'rate', 'up')).toMatchObject({
      tone: 'bad',
      words: 'Down 5.6 pts',
    })
  })

  it('calls a change too small to show "no change"', () => {
    expect(kpiChange(0.4001, 0.4, 'rate', 'up')).toEqual({
      direction: 'flat',
      tone: 'neutral',
      words: 'No change',
    })
    expect(kpiChange(100_001, 100_000, 'count', 'neither').direction).toBe('flat')
  })

  it('has nothing to compare with when either period has no figure', () => {
    expect(kpiChange(0.5, null, 'rate', 'up').words).toBe('No earlier data')
    expect(kpiChange(null, 0.5, 'rate', 'up').direction).toBe('none')
    expect(kpiChange(12, 0, 'count', 'neither').words).toBe('None the period before')
    expect(kpiChange(0, 0, 'count', 'neither').words).toBe('No change')
  })

  it('formats each kind of figure and names the period compared with', () => {
    expect(formatKpi(0.558, 'rate')).toBe('55.8%')
    expect(formatKpi(168, 'seconds')).toBe('2m 48s')
    expect(formatKpi(16996, 'count')).toBe('16,996')
    expect(formatKpi(null, 'rate')).toBe('–')
    expect(comparedWith(30 * 86_400_000)).toBe('the 30 days before')
    expect(comparedWith(86_400_000)).toBe('the day before')
    expect(comparedWith(3_600_000)).toBe('the hour before')
    expect(comparedWith(15.5 * 3_600_000)).toBe('the 16 hours before')
  })
})
