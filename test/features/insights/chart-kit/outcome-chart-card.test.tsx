import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { OutcomeChartCard } from '@/features/insights/chart-kit/outcome-chart-card'

describe('OutcomeChartCard', () => {
  it('names its legend’s outcome groups as the catalog does, and hides what is toggled off', async () => {
    const user = userEvent.setup()
    render(
      <OutcomeChartCard
        name="test"
        title="Calls by test"
        status={{ kind: 'ready', updating: false }}
        keys={['connected', 'not-answered']}
      >
        {(shown) => <p>Shown: {shown.join(', ')}</p>}
      </OutcomeChartCard>,
    )
    const legend = screen.getByRole('group', { name: 'Show or hide outcome groups' })
    expect(legend).toHaveTextContent('ConnectedNot answered')
    expect(screen.getByText('Shown: connected, not-answered')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Not answered', pressed: true }))
    expect(screen.getByText('Shown: connected')).toBeVisible()
  })
})
