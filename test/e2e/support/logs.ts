import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The two logs: where each lives, its table's accessible name, a short name
 * for files, and the name of its detail panel.
 */
export const logs = [
  { path: '/calls', label: 'Activity Log', name: 'calls', record: /^Call (to|from) / },
  { path: '/texts', label: 'Text Log', name: 'texts', record: /^Text (to|from) / },
] as const

/** Opens a log and waits for its first row, as a person waits for the table to fill. */
export async function openLog(page: Page, path: string, label: string) {
  await page.goto(path)
  const table = page.getByRole('table', { name: label })
  // A cold mock builds its data set first: on a loaded machine that can take a while.
  await expect(table.locator('[role=row][data-index="0"]')).toBeVisible({
    timeout: 30_000,
  })
  return table
}

/** The log as a person sees it settled: rows, the histogram drawn, numbers grouped. */
export async function settleLog(page: Page, table: Locator) {
  await expect(page.getByText('updating…')).toHaveCount(0)
  await expect(page.locator('[data-histogram] svg path').first()).toBeAttached({
    timeout: 30_000,
  })
  await expect(
    table
      .locator('[role=row][data-index="0"]')
      .getByText(/^\+\d+ \d/)
      .first(),
  ).toBeVisible()
}
