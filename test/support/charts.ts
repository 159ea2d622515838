import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'

/** Two weeks of the test data set, the window the chart tests open Insights on. */
export const chartRange = 'from=2026-03-04T00:00:00.000Z&to=2026-03-18T00:00:00.000Z'

/** A chart card by its accessible name, once Insights has rendered it. */
export const findChart = (name: string) =>
  screen.findByRole('region', { name }, { timeout: 15_000 })

/** The card once its charts have drawn: no longer busy, and it says so. */
export async function drawn(card: HTMLElement) {
  await waitFor(() => expect(card).toHaveAttribute('data-drawn', 'true'), {
    timeout: 10_000,
  })
  expect(card).toHaveAttribute('aria-busy', 'false')
  return card
}
