import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { statusDistribution } from '@/domain/insights/status-distribution'
import { logKindInfo } from '@/domain/log-kind'
import { StatusDistributionCard } from '@/features/insights/status-distribution/status-distribution-card'

const words = logKindInfo.calls

describe('records kept out of the outcome shares', () => {
  it('lists the records still under way and those whose status the catalog does not hold, each with its count', () => {
    const distribution = statusDistribution('call', [
      { value: 'acme.call.weird', count: 2 },
      { value: 'ctm.call.answered', count: 6 },
      { value: 'ctm.call.in-progress', count: 1 },
    ])
    render(
      <StatusDistributionCard
        name="Calls by outcome"
        distribution={distribution}
        status={{ kind: 'ready', updating: false }}
        words={words}
        onOpen={vi.fn()}
      />,
    )
    expect(screen.getByText('1 call still under way')).toBeVisible()
    const unknown = screen.getByText('2 calls with a status not in the catalog')
    expect(unknown.closest('p')).toHaveTextContent(
      '(22.2% of all): Not in the catalog is not an outcome',
    )
    const list = screen.getByRole('list', { name: 'Not in the catalog statuses' })
    expect(within(list).getByText('acme.call.weird')).toBeVisible()
  })

  it('says nothing of either when every record has an outcome', () => {
    const distribution = statusDistribution('call', [
      { value: 'ctm.call.answered', count: 6 },
    ])
    render(
      <StatusDistributionCard
        name="Calls by outcome"
        distribution={distribution}
        status={{ kind: 'ready', updating: false }}
        words={words}
        onOpen={vi.fn()}
      />,
    )
    expect(screen.queryByText(/still under way/)).toBeNull()
    expect(screen.queryByText(/not in the catalog/)).toBeNull()
  })
})
