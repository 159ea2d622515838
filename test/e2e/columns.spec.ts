import { expect, test, type Locator, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { logs, openLog } from './support/logs'
import { demoData, withMock } from './support/mock'

test.use({ viewport: { width: 1440, height: 900 } })

const headerNames = (table: Locator) =>
  table
    .getByRole('columnheader')
    .evaluateAll((headers) => headers.map((header) => header.textContent.trim()))

const widthOf = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0

async function openColumnMenu(page: Page) {
  await page.getByRole('button', { name: 'Columns' }).click()
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  return menu
}

test.beforeEach(async ({ page }) => {
  await withMock(page, demoData)
})

test('a column is resized by dragging its edge, and the rows follow without re-rendering', async ({
  page,
}) => {
  const table = await openLog(page, '/calls', 'Activity Log')
  const header = table.getByRole('columnheader', { name: 'Duration' })
  const cell = table
    .locator('[role=row][data-index="0"] [role=cell]')
    .nth((await headerNames(table)).indexOf('Duration'))
  const before = await widthOf(header)
  const rowStyle = await table.locator('[role=row][data-index="0"]').getAttribute('style')
  const handle = table.getByRole('separator', { name: 'Resize Duration' })
  const box = await handle.boundingBox()
  if (!box) throw new Error('The resize handle is not on screen.')
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + 40, y, { steps: 4 })
  await page.mouse.move(x + 80, y, { steps: 4 })
  // Mid-drag the width has changed through the table's CSS variable alone:
  // the rows' own style (their grid template) is untouched.
  await expect.poll(() => widthOf(header)).toBeGreaterThan(before + 60)
  expect(await table.locator('[role=row][data-index="0"]').getAttribute('style')).toBe(
    rowStyle,
  )
  await page.mouse.up()
  await expect.poll(() => widthOf(header)).toBeCloseTo(before + 80, -1)
  expect(await widthOf(cell)).toBeCloseTo(await widthOf(header), 0)
  await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(before + 80)))
  // Dragging the edge did not sort the column.
  await expect(page).not.toHaveURL(/sort=/)
})

for (const { path, label } of logs) {
  test(`the ${label}: resize by keys, reorder by menu and drag, density; a reload keeps it all and Reset columns undoes it`, async ({
    page,
  }) => {
    const table = await openLog(page, path, label)
    const defaults = await headerNames(table)
    const status = table.getByRole('columnheader', { name: 'Status' })
    const statusWidth = await widthOf(status)

    // Keyboard: focus the handle, step it wider.
    const handle = table.getByRole('separator', { name: 'Resize Status' })
    await handle.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => widthOf(status)).toBeCloseTo(statusWidth + 32, 0)
    await expect(handle).toHaveAttribute(
      'aria-valuenow',
      String(Math.round(statusWidth + 32)),
    )
    await expect(handle).toHaveAttribute('aria-valuemin', '56')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => widthOf(status)).toBeCloseTo(statusWidth + 16, 0)

    // The menu: Status one place to the left.
    const menu = await openColumnMenu(page)
    expect(await axeViolations(page)).toEqual([])
    await menu.getByRole('menuitem', { name: 'Move Status left' }).click()
    const statusAt = defaults.indexOf('Status')
    const moved = [...defaults]
    moved.splice(statusAt - 1, 2, 'Status', defaults[statusAt - 1] ?? '')
    await expect.poll(() => headerNames(table)).toEqual(moved)
    await menu.getByRole('menuitemradio', { name: 'Compact' }).click()
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    const row = table.locator('[role=row][data-index="0"]')
    await expect.poll(async () => (await row.boundingBox())?.height).toBe(40)
    await expect(table.locator('[role=row][data-index="1"]')).toHaveCSS(
      'transform',
      'matrix(1, 0, 0, 1, 0, 40)',
    )

    // Drag: Time's header dropped on Contact's.
    await table
      .getByRole('columnheader', { name: 'Time' })
      .dragTo(table.getByRole('columnheader', { name: 'Contact' }))
    const dragged = moved.filter((name) => name !== 'Time')
    dragged.splice(dragged.indexOf('Contact') + 1, 0, 'Time')
    await expect.poll(() => headerNames(table)).toEqual(dragged)

    // A reload keeps widths, order and density.
    await page.reload()
    await expect(row).toBeVisible()
    await expect.poll(() => headerNames(table)).toEqual(dragged)
    await expect.poll(() => widthOf(status)).toBeCloseTo(statusWidth + 16, 0)
    await expect.poll(async () => (await row.boundingBox())?.height).toBe(40)

    // Reset columns: all back as the log opens.
    await (
      await openColumnMenu(page)
    )
      .getByRole('menuitem', { name: 'Reset columns' })
      .click()
    await expect.poll(() => headerNames(table)).toEqual(defaults)
    await expect.poll(() => widthOf(status)).toBeCloseTo(statusWidth, 0)
    await expect.poll(async () => (await row.boundingBox())?.height).toBe(52)
  })
}

test('a stored layout that makes no sense is ignored', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('callboard.columns.calls.layout', '{"sizing":{"status":"wide"}')
    localStorage.setItem('callboard.columns.calls', '[1,2]')
  })
  const table = await openLog(page, '/calls', 'Activity Log')
  await expect(table.getByRole('columnheader', { name: 'Status' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Metrics' })).toBeVisible()
})
