import { expect, test, type Locator, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { demoData, withMock } from './support/mock'
import { screenshot } from './support/screenshot'

const table = (page: Page) => page.getByRole('table', { name: 'Activity Log' })
const row = (page: Page, index: number) =>
  table(page).locator(`[role=row][data-index="${index}"]`)
const panel = (page: Page) => page.getByRole('dialog', { name: /^Call (to|from) / })

/** The row's record id, once it is rendered. */
async function idOf(locator: Locator): Promise<string> {
  await expect(locator).toHaveAttribute('data-row-id', /.+/)
  return (await locator.getAttribute('data-row-id')) ?? ''
}

/** The record open in the panel is the one at `index`: in the URL, selected, in view. */
async function expectOpen(page: Page, index: number) {
  const id = await idOf(row(page, index))
  await expect(page).toHaveURL(new RegExp(`[?&]id=${id}(&|$)`))
  await expect(row(page, index)).toHaveAttribute('aria-selected', 'true')
  await expect(row(page, index)).toBeInViewport()
  await expect(panel(page).getByRole('region', { name: 'Metrics' })).toBeVisible()
}

test.describe('the detail panel and the keys', () => {
  test.beforeEach(async ({ page }) => {
    await withMock(page, demoData)
    await page.goto('/calls')
    await expect(row(page, 0)).toBeVisible({ timeout: 30_000 })
    // The keys work once their button shows, after the first rows.
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  })

  test('sits beside the table, which stays usable; j/k, arrows and buttons step through records', async ({
    page,
  }) => {
    await row(page, 2).click({ position: { x: 40, y: 20 } })
    await expectOpen(page, 2)
    // Beside the table, not over it, and not modal.
    const panelBox = await panel(page).boundingBox()
    const tableBox = await table(page).locator('xpath=..').boundingBox()
    expect(panelBox && tableBox && panelBox.x >= tableBox.x + tableBox.width - 1).toBe(
      true,
    )
    await expect(panel(page)).not.toHaveAttribute('aria-modal', 'true')

    // Another row, clicked while the panel is open, shows in it.
    await row(page, 4).click({ position: { x: 40, y: 20 } })
    await expectOpen(page, 4)
    await expect(row(page, 2)).toHaveAttribute('aria-selected', 'false')
    await expect(row(page, 4)).toBeFocused()

    // Keys in the table: the focus and the panel follow.
    await page.keyboard.press('j')
    await expectOpen(page, 5)
    await expect(row(page, 5)).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expectOpen(page, 6)
    await page.keyboard.press('k')
    await expectOpen(page, 5)
    await page.keyboard.press('ArrowUp')
    await expectOpen(page, 4)

    // The buttons, then keys with the focus in the panel: it stays there.
    const next = panel(page).getByRole('button', { name: 'Next call' })
    await next.click()
    await expectOpen(page, 5)
    const previous = panel(page).getByRole('button', { name: 'Previous call' })
    await previous.click()
    await expectOpen(page, 4)
    await expect(previous).toBeFocused()
    for (let i = 5; i <= 24; i++) {
      await page.keyboard.press('j')
      await expectOpen(page, i)
    }
    await expect(previous).toBeFocused()
    await screenshot(page, 'detail-panel-1280')

    // Escape: the innermost thing first (a filter popover), then the panel, back to the row.
    await page.getByRole('search').getByRole('button', { name: 'Status' }).click()
    const popover = page.getByRole('dialog', { name: 'Filter by status' })
    await expect(popover).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(popover).toBeHidden()
    await expect(panel(page)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(panel(page)).toBeHidden()
    await expect(page).not.toHaveURL(/[?&]id=/)
    await expect(row(page, 24)).toBeFocused()
  })

  test('the first row has no previous record; ↑ and ↓ only move the focus while no record is open', async ({
    page,
  }) => {
    await row(page, 0).click({ position: { x: 40, y: 20 } })
    await expectOpen(page, 0)
    await expect(
      panel(page).getByRole('button', { name: 'Previous call' }),
    ).toBeDisabled()
    await page.keyboard.press('k')
    await expectOpen(page, 0)
    await page.keyboard.press('Escape')
    await expect(panel(page)).toBeHidden()
    await expect(row(page, 0)).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(row(page, 1)).toBeFocused()
    await page.keyboard.press('j')
    await expect(row(page, 2)).toBeFocused()
    await expect(page).not.toHaveURL(/[?&]id=/)
    await page.keyboard.press('Enter')
    await expectOpen(page, 2)
  })

  test('/ focuses the search box, unless typing; ? lists the shortcuts and Escape gives the focus back', async ({
    page,
  }) => {
    await row(page, 1).click({ position: { x: 40, y: 20 } })
    // The panel takes the focus as it opens; then back to the row.
    await expectOpen(page, 1)
    await row(page, 1).focus()
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help).toBeVisible()
    await expect(help.getByRole('cell', { name: 'Search' })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()
    await expect(row(page, 1)).toBeFocused()
    // The detail panel stayed open under it.
    await expect(panel(page)).toBeVisible()

    // The same list from its button.
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' })
    await button.click()
    await expect(help).toBeVisible()
    await help.getByRole('button', { name: 'Close' }).click()
    await expect(help).toBeHidden()
    await expect(button).toBeFocused()

    await row(page, 1).focus()
    await page.keyboard.press('/')
    const search = page.getByRole('searchbox', { name: 'Search names and numbers' })
    await expect(search).toBeFocused()
    // In the field, the keys are text.
    await page.keyboard.type('j/k?')
    await expect(search).toHaveValue('j/k?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
  })

  test('axe finds nothing with the panel open, in both themes', async ({ page }) => {
    await row(page, 0).click({ position: { x: 40, y: 20 } })
    await expectOpen(page, 0)
    expect(await axeViolations(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await axeViolations(page)).toEqual([])
  })

  test('a selected row whose trail hides earlier steps keeps its contrast', async ({
    page,
  }) => {
    // The "+N" marker sits on the selected row's tint: it must read there too.
    // Completed Routee calls went through five steps, more than the column shows
    // (the newest calls of the live demo may all be short).
    await page.goto('/calls?status=routee.call.completed')
    await expect(row(page, 0)).toContainText('Completed')
    const marked = table(page)
      .locator('[role=row][data-index]')
      .filter({ has: page.locator('li[title$="earlier steps"]') })
      .first()
    await marked.click({ position: { x: 40, y: 20 } })
    await expect(marked).toHaveAttribute('aria-selected', 'true')
    await expect(panel(page).getByRole('region', { name: 'Metrics' })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await axeViolations(page)).toEqual([])
  })
})

test('below 1024 px the panel lies over the table, closable, and rows stay clickable', async ({
  page,
}) => {
  await withMock(page, demoData)
  await page.setViewportSize({ width: 800, height: 900 })
  await page.goto('/calls')
  await expect(row(page, 0)).toBeVisible({ timeout: 30_000 })
  await row(page, 0).click({ position: { x: 30, y: 20 } })
  await expect(panel(page)).toBeVisible()
  await screenshot(page, 'detail-panel-800')
  // Not modal: the rows to its left still take a click.
  await row(page, 3).click({ position: { x: 30, y: 20 } })
  await expectOpen(page, 3)
  await panel(page).getByRole('button', { name: 'Close details' }).click()
  await expect(panel(page)).toBeHidden()
  await expect(row(page, 3)).toBeFocused()
})

test('the Text Log has the same panel and keys', async ({ page }) => {
  await withMock(page, demoData)
  await page.goto('/texts')
  const texts = page.getByRole('table', { name: 'Text Log' })
  const textRow = (index: number) => texts.locator(`[role=row][data-index="${index}"]`)
  await expect(textRow(0)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await textRow(0).click({ position: { x: 40, y: 20 } })
  const textPanel = page.getByRole('dialog', { name: /^Text (to|from) / })
  await expect(textPanel).toBeVisible()
  await page.keyboard.press('j')
  await expect(page).toHaveURL(new RegExp(`id=${await idOf(textRow(1))}`))
  await expect(textRow(1)).toHaveAttribute('aria-selected', 'true')
  await textPanel.getByRole('button', { name: 'Next text' }).click()
  await expect(page).toHaveURL(new RegExp(`id=${await idOf(textRow(2))}`))
  await page.keyboard.press('/')
  await expect(
    page.getByRole('searchbox', { name: 'Search names, numbers, messages' }),
  ).toBeFocused()
})

test.describe('the detail panel’s dates', () => {
  // The browser in Tokyo: a call just before midnight UTC runs into the next UTC
  // day, on one Tokyo morning.
  test.use({ timezoneId: 'Asia/Tokyo' })

  test('a Metrics step is dated by the day in the zone the page reads times in', async ({
    page,
  }) => {
    await withMock(page, { ...demoData, days: 1, now: '2026-03-18T16:30:00.000Z' })
    // The longest calls of the ten minutes before midnight UTC.
    await page.goto(
      '/calls?from=2026-03-17T23:50:00Z&to=2026-03-18T00:00:00Z&sort=-duration',
    )
    await row(page, 0).click({ position: { x: 40, y: 20 } })
    const stamps = panel(page).getByRole('region', { name: 'Metrics' }).getByRole('time')
    // In the browser's zone every step is on the first one's morning: times only.
    await expect(stamps.last()).toHaveText(/^09:\d\d:\d\d$/)
    await expect(stamps.filter({ hasText: 'Mar' })).toHaveCount(0)

    await page.getByRole('combobox', { name: /^Time zone/ }).selectOption('utc')
    await expect(page).toHaveURL(/[?&]tz=utc/)
    // In UTC the call began on 17 March and its last steps fall on the 18th.
    await expect(stamps.first()).toHaveText(/^23:5\d:\d\d$/)
    await expect(stamps.last()).toHaveText(/^Mar 18, 00:\d\d:\d\d$/)
    await stamps.last().scrollIntoViewIfNeeded()
    await screenshot(page, 'detail-panel-utc-dates')
  })
})
