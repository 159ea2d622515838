import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { withMock } from './support/mock'

// A fixed data set and range, so the figures are the same on every page.
const mock = { seed: 20260301, calls: 20_000, texts: 20_000, now: '2026-03-18T16:30:00Z' }
const range = 'from=2026-02-16T00:00:00.000Z&to=2026-03-16T00:00:00.000Z'

test.use({ timezoneId: 'UTC', viewport: { width: 1440, height: 900 } })

const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''))

async function logTotal(page: Page): Promise<number> {
  const summary = page.getByText(/^[\d,]+ calls?$/).first()
  await expect(summary).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText('updating…')).toHaveCount(0)
  return number(await summary.textContent())
}

test.beforeEach(async ({ page }) => {
  await withMock(page, mock)
})

test('the Campaign facet counts campaigns, filters the Activity Log, and Insights the same way', async ({
  page,
}) => {
  await page.goto(`/calls?${range}`)
  const everything = await logTotal(page)
  await page
    .getByRole('search')
    .getByRole('button', { name: 'Campaign', exact: true })
    .click()
  const popover = page.getByRole('dialog', { name: 'Filter by campaign' })
  const option = popover.getByRole('checkbox', { name: /Renewal offer/ })
  await expect(option).toBeVisible()
  // The option's row reads "Renewal offer 315": the count is its number.
  const counted = number(await option.locator('xpath=..').textContent())
  expect(counted).toBeGreaterThan(0)
  expect(await axeViolations(page)).toEqual([])
  await option.check()
  await expect(page).toHaveURL(/campaign=renewal-offer/)
  await page.keyboard.press('Escape')
  await expect.poll(() => logTotal(page)).toBe(counted)
  expect(counted).toBeLessThan(everything)

  // Every call listed is a Routee call of that campaign, its campaign's status beside it.
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Campaign' }).click()
  await page.keyboard.press('Escape')
  const table = page.getByRole('table', { name: 'Activity Log' })
  const cell = table.locator('[role=row][data-index="0"] [data-cell="campaign"]')
  await expect(cell).toContainText('Renewal offer')
  const campaignStatus = cell.locator('button[data-status^="routee.campaign."]')
  await expect(campaignStatus).toBeVisible()
  await campaignStatus.hover()
  await expect(page.getByRole('tooltip')).toContainText('Routee · Campaigns')
  // The record's detail says the same.
  await table.locator('[role=row][data-index="0"]').click({ position: { x: 30, y: 20 } })
  const sheet = page.getByRole('dialog')
  await expect(sheet.getByText('Renewal offer')).toBeVisible()
  await expect(sheet.locator('button[data-status^="routee.campaign."]')).toBeVisible()

  // Insights: the same filter, the same number of calls.
  await page.goto(`/insights?${range}&campaign=renewal-offer`)
  const kpi = page.getByRole('group', { name: 'Calls', exact: true }).locator('p').nth(1)
  await expect
    .poll(async () => number(await kpi.textContent()), { timeout: 30_000 })
    .toBe(counted)
  await expect(
    page
      .getByRole('search')
      .getByRole('button', { name: /Campaign/ })
      .first(),
  ).toBeVisible()
})

test('a campaign id that makes no sense is left out, and the page says so', async ({
  page,
}) => {
  await page.goto(`/calls?${range}&campaign=${encodeURIComponent('<b>Renewal</b>')}`)
  await expect(page.getByText(/not a campaign id/)).toBeVisible({ timeout: 30_000 })
  await logTotal(page)
})
