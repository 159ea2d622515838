import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { demoData, withMock } from './support/mock'

const pages = [
  {
    path: '/calls',
    ready: (page: Page) =>
      page
        .getByRole('table', { name: 'Activity Log' })
        .locator('[role=row][data-index="0"]'),
  },
  {
    path: '/texts',
    ready: (page: Page) =>
      page.getByRole('table', { name: 'Text Log' }).locator('[role=row][data-index="0"]'),
  },
  {
    path: '/insights',
    // The last chart to draw: the heat map's cells.
    ready: (page: Page) =>
      page
        .getByRole('region', { name: 'Calls by hour and weekday' })
        .locator('td[data-mark]')
        .first(),
  },
  {
    path: '/statuses',
    ready: (page: Page) => page.getByRole('heading', { level: 1, name: 'Statuses' }),
  },
]

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await withMock(page, demoData)
      await page.emulateMedia({ colorScheme: scheme })
    })

    for (const { path, ready } of pages) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path)
        // A cold mock builds its data set first; that can take a while on a busy machine.
        await expect(ready(page)).toBeVisible({ timeout: 30_000 })
        expect(await axeViolations(page)).toEqual([])
      })
    }

    test('a detail panel, a filter popover and a tooltip have none either', async ({
      page,
    }) => {
      await page.goto('/calls')
      const table = page.getByRole('table', { name: 'Activity Log' })
      await table
        .locator('[role=row][data-index="0"]')
        .click({ position: { x: 40, y: 20 } })
      await expect(
        page.getByRole('dialog').getByRole('region', { name: 'Metrics' }),
      ).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await page.keyboard.press('Escape')

      await page.getByRole('search').getByRole('button', { name: 'Status' }).click()
      await expect(page.getByRole('dialog', { name: 'Filter by status' })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await page.keyboard.press('Escape')

      await table.locator('[role=row][data-index="0"] [data-status]').first().hover()
      await expect(page.getByRole('tooltip')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  })
}
