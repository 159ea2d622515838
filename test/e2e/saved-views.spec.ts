import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { demoData, withMock } from './support/mock'
import { screenshot } from './support/screenshot'

const firstRow = (page: Page, log = 'Activity Log') =>
  page.getByRole('table', { name: log }).locator('[role=row][data-index="0"]')
const viewsButton = (page: Page) => page.getByRole('button', { name: /^View/ })
const menu = (page: Page) => page.getByRole('dialog', { name: 'Saved views' })
const columnHeader = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Activity Log' }).getByRole('columnheader', { name })

/** A view's own button; its name may go on with "modified" or "default". */
const viewButton = (page: Page, name: string) =>
  menu(page).getByRole('button', {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`),
  })

async function openMenu(page: Page) {
  await viewsButton(page).click()
  await expect(menu(page)).toBeVisible()
}

async function saveAs(page: Page, name: string) {
  await openMenu(page)
  await menu(page).getByLabel('Save the current view as').fill(name)
  await menu(page).getByRole('button', { name: 'Save view' }).click()
  await expect(viewButton(page, name)).toHaveAttribute('aria-current', 'true')
}

test('a view is saved, reopened from the menu, made the default, renamed and deleted; a reload keeps them', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await withMock(page, demoData)
  await page.goto('/calls?range=7d&direction=inbound&sort=-duration')
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 })

  // Its columns too: Direction hidden.
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Direction' }).click()
  await page.keyboard.press('Escape')
  await expect(columnHeader(page, 'Direction')).toBeHidden()

  await saveAs(page, 'Inbound, longest')
  expect(await axeViolations(page)).toEqual([])
  await screenshot(page, 'saved-views-menu')
  await page.keyboard.press('Escape')
  await expect(menu(page)).toBeHidden()
  await expect(viewsButton(page)).toHaveAccessibleName('View: Inbound, longest')
  await expect(viewsButton(page)).toBeFocused()

  // Change the filters and the columns: the view shows as modified.
  await page
    .getByRole('search')
    .getByRole('button', { name: /^Direction/ })
    .click()
  const direction = page.getByRole('dialog', { name: 'Filter by direction' })
  await direction.getByRole('checkbox', { name: /Outbound/ }).check()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/direction=inbound,outbound/)
  await expect(viewsButton(page)).toHaveAccessibleName(
    'View: Inbound, longest (modified)',
  )
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Direction' }).click()
  await page.keyboard.press('Escape')
  await expect(columnHeader(page, 'Direction')).toBeVisible()

  // Reopen it from the menu: its filters, range, sort and columns come back.
  await openMenu(page)
  await viewButton(page, 'Inbound, longest').click()
  await expect(menu(page)).toBeHidden()
  await expect(page).toHaveURL(/\?range=7d&direction=inbound&sort=-duration$/)
  await expect(viewsButton(page)).toHaveAccessibleName('View: Inbound, longest')
  await expect(columnHeader(page, 'Direction')).toBeHidden()

  // The default: a bare /calls opens it; an explicit address still wins.
  await openMenu(page)
  const star = menu(page).getByRole('button', {
    name: 'Open Inbound, longest by default',
  })
  await star.click()
  await expect(star).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Escape')
  await page.goto('/calls')
  await expect(page).toHaveURL(/\?range=7d&direction=inbound&sort=-duration$/)
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 })
  await page.goto('/calls?range=1h')
  await expect(page).toHaveURL(/\?range=1h$/)
  await expect(viewsButton(page)).toHaveAccessibleName('Views')

  // A reload keeps the views; rename one, from the keyboard.
  await page.reload()
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 })
  await openMenu(page)
  await menu(page).getByRole('button', { name: 'Rename Inbound, longest' }).click()
  const rename = menu(page).getByRole('textbox', {
    name: 'New name for Inbound, longest',
  })
  await expect(rename).toBeFocused()
  await rename.fill('Long inbound calls')
  await page.keyboard.press('Enter')
  await expect(viewButton(page, 'Long inbound calls')).toBeFocused()
  // Escape while renaming leaves the rename, not the menu.
  await menu(page).getByRole('button', { name: 'Rename Long inbound calls' }).click()
  await page.keyboard.press('Escape')
  await expect(viewButton(page, 'Long inbound calls')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu(page)).toBeHidden()

  await page.reload()
  await openMenu(page)
  await expect(viewButton(page, 'Long inbound calls')).toBeVisible()
  await menu(page).getByRole('button', { name: 'Delete Long inbound calls' }).click()
  await expect(viewButton(page, 'Long inbound calls')).toBeHidden()
  await expect(menu(page).getByText('None yet.', { exact: false })).toBeVisible()
  await page.keyboard.press('Escape')
  // Deleted, it no longer opens by default.
  await page.goto('/calls')
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 })
  await expect(page).toHaveURL(/\/calls$/)
})

test('names are checked, and the Text Log keeps views of its own', async ({ page }) => {
  await withMock(page, demoData)
  await page.goto('/texts?direction=outbound')
  await expect(firstRow(page, 'Text Log')).toBeVisible({ timeout: 30_000 })
  await saveAs(page, '<b>Outbound</b>')
  const input = menu(page).getByLabel('Save the current view as')
  await input.fill('  <B>outbound</B> ')
  await menu(page).getByRole('button', { name: 'Save view' }).click()
  await expect(menu(page).getByRole('alert')).toHaveText(
    'A view named “<B>outbound</B>” already exists.',
  )
  await input.fill('')
  await menu(page).getByRole('button', { name: 'Save view' }).click()
  await expect(menu(page).getByRole('alert')).toHaveText('Give the view a name.')
  await menu(page)
    .getByRole('button', { name: 'Open <b>Outbound</b> by default' })
    .click()
  await page.keyboard.press('Escape')

  await page.goto('/texts')
  await expect(page).toHaveURL(/\/texts\?direction=outbound$/)
  await page.goto('/calls')
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 })
  await openMenu(page)
  await expect(menu(page).getByText('None yet.', { exact: false })).toBeVisible()
})

test('stored views that cannot be read are set aside with a message, not a crash', async ({
  page,
}) => {
  await withMock(page, demoData)
  await page.addInitScript(() => {
    localStorage.setItem(
      'callboard.views.calls',
      JSON.stringify({
        views: [
          { id: 'a', name: 'Good', params: { range: '7d' }, columns: {} },
          { id: 'b', name: 42, params: null },
        ],
        defaultId: 'b',
      }),
    )
    localStorage.setItem('callboard.views.texts', '{not json')
  })
  await page.goto('/calls')
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 })
  // The default named a view that did not read: nothing opens by default.
  await expect(page).toHaveURL(/\/calls$/)
  await openMenu(page)
  await expect(menu(page).getByRole('alert')).toHaveText(
    'One saved view could not be read and is left out.',
  )
  await expect(viewButton(page, 'Good')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.goto('/texts')
  await expect(firstRow(page, 'Text Log')).toBeVisible({ timeout: 30_000 })
  await openMenu(page)
  await expect(menu(page).getByRole('alert')).toHaveText(
    'Your saved views could not be read; they are set aside.',
  )
})

test('a view shows as modified when only its columns change, and not once they are back', async ({
  page,
}) => {
  await withMock(page, demoData)
  await page.goto('/calls?range=7d')
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 })
  await saveAs(page, 'All columns')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Columns', exact: true }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Direction' }).click()
  await page.keyboard.press('Escape')
  await expect(columnHeader(page, 'Direction')).toBeHidden()
  await expect(page).toHaveURL(/\?range=7d$/)
  await expect(viewsButton(page)).toHaveAccessibleName('View: All columns (modified)')

  // Opening the view again puts its columns back.
  await openMenu(page)
  await viewButton(page, 'All columns').click()
  await expect(columnHeader(page, 'Direction')).toBeVisible()
  await expect(viewsButton(page)).toHaveAccessibleName('View: All columns')
})

test('Insights keeps views of its own: saved, reopened and opened by default', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await withMock(page, demoData)
  await page.goto('/insights?range=7d&direction=inbound')
  const bar = page.getByRole('search', { name: 'Filter the Insights' })
  await expect(page.getByRole('button', { name: 'Views' })).toBeVisible({
    timeout: 30_000,
  })
  await saveAs(page, 'Inbound week')
  await expect(
    menu(page).getByRole('button', { name: 'Rename Inbound week' }),
  ).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await screenshot(page, 'saved-views-insights-menu')
  const star = menu(page).getByRole('button', { name: 'Open Inbound week by default' })
  await star.click()
  await expect(star).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Escape')
  expect(
    await page.evaluate(() => localStorage.getItem('callboard.views.insights')),
  ).toContain('Inbound week')

  // Another range: the view is modified; reopening it brings its filters back.
  await bar.getByRole('button', { name: /^Time range/ }).click()
  await page.getByRole('button', { name: 'Last 30 days' }).click()
  await expect(page).toHaveURL(/range=30d/)
  await expect(viewsButton(page)).toHaveAccessibleName('View: Inbound week (modified)')
  await openMenu(page)
  await viewButton(page, 'Inbound week').click()
  await expect(page).toHaveURL(/\/insights\?range=7d&direction=inbound$/)

  // A bare /insights opens the default; the logs' menus do not list it.
  await page.goto('/insights')
  await expect(page).toHaveURL(/\/insights\?range=7d&direction=inbound$/)
  await page.goto('/calls')
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 })
  await expect(page).toHaveURL(/\/calls$/)
  await openMenu(page)
  await expect(menu(page).getByText('None yet.', { exact: false })).toBeVisible()
})
