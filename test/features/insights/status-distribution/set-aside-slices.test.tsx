import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  statusDistribution,
  type StatusCount,
} from '@/domain/insights/status-distribution'
import { logKindInfo } from '@/domain/log-kind'
import { StatusDistributionCard } from '@/features/insights/status-distribution/status-distribution-card'

/** The calls' outcome card, ready, over these counts. */
const renderCard = (counts: StatusCount[]) =>
  render(
    <StatusDistributionCard
      name="Calls by outcome"
      distribution={statusDistribution('call', counts)}
      status={{ kind: 'ready', updating: false }}
      words={logKindInfo.calls}
      onOpen={vi.fn()}
    />,
  )

describe('records kept out of the outcome shares', () => {
  it('lists the records still under way and those whose status the catalog does not hold, each with its count', () => {
    renderCard([
      { value: 'acme.call.weird', count: 2 },
      { value: 'ctm.call.answered', count: 6 },
      { value: 'ctm.call.in-progress', count: 1 },
    ])
    expect(screen.getByText('1 call still under way')).toBeVisible()
    const unknown = screen.getByText('2 calls with a status not in the catalog')
    expect(unknown.closest('p')).toHaveTextContent(
      '(22.2% of all): Not in the catalog is not an outcome',
    )
    const list = screen.getByRole('list', { name: 'Not in the catalog statuses' })
    expect(within(list).getByText('acme.call.weird')).toBeVisible()
  })

  it('says nothing of either when every record has an outcome', () => {
    renderCard([{ value: 'ctm.call.answered', count: 6 }])
    expect(screen.queryByText(/still under way/)).toBeNull()
    expect(screen.queryByText(/not in the catalog/)).toBeNull()
  })
})
