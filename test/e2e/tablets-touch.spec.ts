import { expect, test } from '@playwright/test'
import { axeViolations } from './support/axe'
import { logs, openLog, settleLog } from './support/logs'
import { demoData, withMock } from './support/mock'
import { screenshot } from './support/screenshot'

test.beforeEach(async ({ page }) => {
  await withMock(page, demoData)
})

for (const width of [768, 1024]) {
  for (const { path, label } of logs) {
    test(`at ${width} px the ${label} shows Status and Metrics whole, with no sideways scroll`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      const table = await openLog(page, path, label)
      for (const name of ['Status', 'Metrics']) {
        const box = await table.getByRole('columnheader', { name }).boundingBox()
        expect(box, name).not.toBeNull()
        expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(width)
      }
      const scroller = table.locator('xpath=..')
      const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      // The last trail step of the first row is inside the view too.
      const lastStep = table
        .locator('[role=row][data-index="0"] [role=cell] ol > li')
        .last()
      const step = await lastStep.boundingBox()
      expect((step?.x ?? 0) + (step?.width ?? 0)).toBeLessThanOrEqual(width)
    })
  }
}

for (const { path, label } of logs) {
  test(`at 390 px the ${label} is a list of cards, and tapping one opens the record`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    const table = await openLog(page, path, label)
    await expect(table).toHaveAttribute('data-layout', 'cards')
    const card = table.locator('[role=row][data-index="1"]')
    // One record per card, the width of the screen, with its time, contact, status and trail.
    const box = await card.boundingBox()
    expect(box?.width).toBeGreaterThan(360)
    await expect(card.getByRole('cell')).toHaveCount(5)
    await expect(card.locator('[data-cell="status"] button[data-status]')).toBeVisible()
    // Every action above the cards is on the screen, not cut off at its right edge.
    for (const name of ['Import', 'Export CSV', 'Columns']) {
      const action = await page.getByRole('button', { name, exact: true }).boundingBox()
      expect(action, name).not.toBeNull()
      expect((action?.x ?? 0) + (action?.width ?? 0), name).toBeLessThanOrEqual(390)
    }
    const overflow = await table
      .locator('xpath=..')
      .evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await axeViolations(page)).toEqual([])
    // Scrolling still renders only a screenful of cards.
    const scroller = table.locator('xpath=..')
    await scroller.evaluate((el) => el.scrollBy(0, 4000))
    await expect(table.locator('[role=row][data-index="30"]')).toBeVisible()
    expect(await table.locator('[role=row][data-index]').count()).toBeLessThan(20)
    await scroller.evaluate((el) => el.scrollTo(0, 0))
    await card.locator('[role=cell]').first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect(page).toHaveURL(/id=/)
  })
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 768, height: 1024 } })

  for (const { path, label } of logs) {
    test(`tapping a status badge in the ${label} explains it; filtering is its own button`, async ({
      page,
    }) => {
      const table = await openLog(page, path, label)
      const badge = table
        .locator('[role=row][data-index="0"] [data-cell="status"] button[data-status]')
        .first()
      const statusName = (await badge.innerText()).trim()
      const key = await badge.getAttribute('data-status')
      await badge.tap()
      const toggletip = page.getByRole('dialog', { name: `${statusName}: what it means` })
      await expect(toggletip).toBeVisible()
      await expect(toggletip.getByText('More in the status glossary')).toBeVisible()
      // The tap filtered nothing and opened no record.
      await expect(page).not.toHaveURL(/status=|id=/)
      expect(await axeViolations(page)).toEqual([])
      await toggletip.getByRole('button', { name: `Show only ${statusName}` }).tap()
      await expect(page).toHaveURL(new RegExp(`status=${key?.replace(/\./g, '\\.')}`))
      await expect(toggletip).toBeHidden()
    })
  }
})

test('with a mouse, clicking a badge still filters at once', async ({ page }) => {
  const table = await openLog(page, '/calls', 'Activity Log')
  const badge = table
    .locator('[role=row][data-index="0"] [data-cell="status"] button[data-status]')
    .first()
  const key = await badge.getAttribute('data-status')
  await badge.click()
  await expect(page).toHaveURL(new RegExp(`status=${key?.replace(/\./g, '\\.')}`))
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

for (const width of [1440, 1024, 768, 390]) {
  test(`screenshots of both logs at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    for (const { path, label, name } of logs) {
      const table = await openLog(page, path, label)
      await settleLog(page, table)
      await screenshot(page, `${name}-${width}`)
    }
  })
}
