import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CallStats } from '@/api/stats-schema'
import { KpiRow } from '@/features/insights/kpis/kpi-row'
import { callKpis } from '@/features/insights/kpis/kpi-specs'

function callStats(kpis: Partial<CallStats['kpis']>): CallStats {
  return {
    range: { from: '', to: '', interval: 'day', tz: 'UTC' },
    byStatus: [],
    byOutcome: [],
    series: { keys: [], points: [] },
    byVendor: [],
    byAgent: [],
    bySource: [],
    byCampaign: [],
    heatmap: [],
    kpis: {
      total: 0,
      final: 0,
      inFlight: 0,
      connected: 0,
      answerRate: null,
      avgRingTime: null,
      avgTalkTime: null,
      ...kpis,
    },
  }
}

const card = (name: string) => screen.getByRole('group', { name })

describe('KPI cards', () => {
  it('say how each figure moved, in words and in a tone that knows which way is good', () => {
    render(
      <KpiRow
        title="Calls"
        specs={callKpis}
        current={{
          data: callStats({
            total: 1100,
            answerRate: 0.44,
            avgRingTime: 9,
            avgTalkTime: 150,
          }),
        }}
        previous={{
          data: callStats({
            total: 1000,
            answerRate: 0.4,
            avgRingTime: 12,
            avgTalkTime: 150,
          }),
        }}
        comparedWith="the 7 days before"
      />,
    )
    const answer = card('Answer rate')
    expect(within(answer).getByText('44%')).toBeVisible()
    expect(within(answer).getByText(/Up 4 pts/)).toHaveAttribute('data-tone', 'good')
    expect(answer).toHaveTextContent('Up 4 pts, better')
    expect(answer).toHaveTextContent('vs the 7 days before')

    // Shorter rings are good news, although the figure went down.
    const ring = card('Avg ring time')
    expect(within(ring).getByText('9s')).toBeVisible()
    expect(within(ring).getByText(/Down 25%/)).toHaveAttribute('data-tone', 'good')

    // Volume is neither good nor bad.
    expect(within(card('Calls')).getByText(/Up 10%/)).toHaveAttribute(
      'data-tone',
      'neutral',
    )
    expect(within(card('Avg talk time')).getByText(/No change/)).toBeVisible()
  })

  it('mark a worse figure as worse', () => {
    render(
      <KpiRow
        title="Calls"
        specs={callKpis}
        current={{ data: callStats({ answerRate: 0.5 }) }}
        previous={{ data: callStats({ answerRate: 0.556 }) }}
        comparedWith="the day before"
      />,
    )
    const answer = card('Answer rate')
    expect(within(answer).getByText(/Down 5.6 pts/)).toHaveAttribute('data-tone', 'bad')
    expect(answer).toHaveTextContent('worse')
  })

  it('show a placeholder while loading, a dash when the filters rule the log out', () => {
    const { rerender } = render(
      <KpiRow
        title="Calls"
        specs={callKpis}
        current={{ data: undefined }}
        previous={{ data: undefined }}
        comparedWith="the day before"
      />,
    )
    expect(within(card('Answer rate')).getByText('Loading…')).toBeInTheDocument()
    rerender(
      <KpiRow
        title="Calls"
        specs={callKpis}
        current={{ data: undefined }}
        previous={{ data: undefined }}
        comparedWith="the day before"
        excluded
      />,
    )
    expect(within(card('Answer rate')).getByText('–')).toBeVisible()
  })
})
