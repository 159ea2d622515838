import { within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { chartRange as range, findChart as chart } from '../../support/charts'
import { renderApp } from '../../support/render-app'

/** Switches a card to its table view and reads the table's heads. */
async function tableOf(card: HTMLElement) {
  const button = await within(card).findByRole(
    'button',
    { name: /^Table/ },
    { timeout: 15_000 },
  )
  await userEvent.setup().click(button)
  const table = within(card).getByRole('table')
  const heads = within(table)
    .getAllByRole('columnheader')
    .map((head) => head.textContent)
  return { table, heads }
}

describe('the cards’ table views', { timeout: 60_000 }, () => {
  it('lists each vendor’s count and share per outcome group, then its total', async () => {
    renderApp(`/insights?${range}`)
    const { table, heads } = await tableOf(await chart('Calls by vendor'))
    expect(heads[0]).toBe('Vendor')
    expect(heads).toContain('Connected')
    expect(heads.at(-1)).toBe('Total')
    const first = within(table).getAllByRole('row')[1] as HTMLElement
    const cells = within(first)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    expect(cells).toHaveLength(heads.length - 1)
    expect(cells[0]).toMatch(/^[\d,]+ \([\d.]+%\)$/)
    expect(cells.at(-1)).toMatch(/^[\d,]+$/)
  })

  it('lists each day’s count per outcome group under the chart’s summary', async () => {
    renderApp(`/insights?${range}`)
    const { table, heads } = await tableOf(await chart('Calls over time'))
    expect(within(table).getByText(/^Daily calls: [\d,]+ in 14 days/)).toBeVisible()
    expect(heads[0]).toBe('Day')
    expect(heads.at(-1)).toBe('Total')
    expect(within(table).getAllByRole('rowheader')).toHaveLength(14)
  })

  it('lists each agent’s calls, answered calls and share answered', async () => {
    renderApp(`/insights?${range}`)
    const { table, heads } = await tableOf(await chart('Calls by agent'))
    expect(heads).toEqual(['Agent', 'Calls', 'Answered', 'Share answered'])
    const first = within(table).getAllByRole('row')[1] as HTMLElement
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      expect.stringMatching(/^[\d,]+$/),
      expect.stringMatching(/^[\d,]+$/),
      expect.stringMatching(/^[\d.]+%$/),
    ])
  })
})
