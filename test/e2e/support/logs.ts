import { expect, type Page } from '@playwright/test'

/** The two logs: where each lives, its table's accessible name, and a short name for files. */
export const logs = [
  { path: '/calls', label: 'Activity Log', name: 'calls' },
  { path: '/texts', label: 'Text Log', name: 'texts' },
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
