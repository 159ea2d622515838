import { describe, expect, it } from 'vitest'
import { outcomeStyle } from '@/components/outcome-style'
import {
  chartVars,
  outcomeChartConfig,
  outcomeKeys,
} from '@/features/insights/chart-kit/chart-config'
import { outcomeGroups, outcomeInfo } from '@/domain/outcomes'

describe('outcome series', () => {
  it('label and paint every outcome group as the catalog and its tokens do', () => {
    for (const group of outcomeGroups) {
      expect(outcomeChartConfig[group]).toEqual({
        label: outcomeInfo[group].label,
        color: outcomeStyle(group).chart,
      })
    }
    expect(chartVars(outcomeChartConfig)).toMatchObject({
      '--color-connected': 'var(--outcome-connected)',
    })
  })

  it('keep the outcome groups of a series from the wire, in the order charts stack them', () => {
    expect(outcomeKeys(['failed', 'mystery', 'in-progress', 'connected'])).toEqual([
      'connected',
      'failed',
      'in-progress',
    ])
    expect(outcomeKeys([])).toEqual([])
  })
})
