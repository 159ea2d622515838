import { expect, test, type Locator } from '@playwright/test'
import { demoData, withMock } from './support/mock'
import { logs, openLog, settleLog } from './support/logs'
import { screenshot } from './support/screenshot'

/** Status and Metrics, header and first row, lie inside the table's visible area, which does not scroll sideways. */
async function expectStatusAndMetricsInView(table: Locator) {
  const scroller = table.locator('xpath=..')
  const area = await scroller.boundingBox()
  expect(area).not.toBeNull()
  const right = (area?.x ?? 0) + (area?.width ?? 0)
  const row = table.locator('[role=row][data-index="0"]')
  for (const name of ['Status', 'Metrics']) {
    const header = await table.getByRole('columnheader', { name }).boundingBox()
    expect(header, name).not.toBeNull()
    expect((header?.x ?? 0) + (header?.width ?? 0), name).toBeLessThanOrEqual(right + 1)
    expect(header?.x ?? -1, name).toBeGreaterThanOrEqual((area?.x ?? 0) - 1)
  }
  const cells = await row.getByRole('cell').all()
  const last = await cells.at(-1)?.boundingBox()
  expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(right + 1)
  await expect(
    row.locator('[data-cell="status"] button[data-status]').first(),
  ).toBeInViewport()
  const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

test.beforeEach(async ({ page }) => {
  await withMock(page, demoData)
})

for (const width of [1280, 1440]) {
  for (const { path, label, record } of logs) {
    test(`at ${width} px, with a record open beside the ${label}, Status and Metrics stay on screen; closing the panel brings the columns back`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      const table = await openLog(page, path, label)
      const columnsBefore = await table.getByRole('columnheader').allInnerTexts()
      await expect(table.getByRole('columnheader', { name: 'Direction' })).toBeVisible()

      await table
        .locator('[role=row][data-index="0"] [role=cell]')
        .first()
        .click({ position: { x: 20, y: 20 } })
      const panel = page.getByRole('dialog', { name: record })
      await expect(panel).toBeVisible()
      // The less useful columns give way, as on a tablet.
      await expect(table.getByRole('columnheader', { name: 'Direction' })).toHaveCount(0)
      await expect(table).toHaveAttribute('data-layout', 'columns')
      await expectStatusAndMetricsInView(table)
      // The table ends where the panel begins.
      const panelBox = await panel.boundingBox()
      const area = await table.locator('xpath=..').boundingBox()
      expect((area?.x ?? 0) + (area?.width ?? 0)).toBeLessThanOrEqual(
        (panelBox?.x ?? 0) + 1,
      )

      await panel.getByRole('button', { name: 'Close details' }).click()
      await expect(panel).toBeHidden()
      await expect
        .poll(() => table.getByRole('columnheader').allInnerTexts())
        .toEqual(columnsBefore)
    })
  }
}

test('a column the person chose to show stays shown beside the panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const table = await openLog(page, '/calls', 'Activity Log')
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Campaign' }).click()
  await page.keyboard.press('Escape')
  await table
    .locator('[role=row][data-index="0"] [role=cell]')
    .first()
    .click({ position: { x: 20, y: 20 } })
  await expect(page.getByRole('dialog', { name: /^Call (to|from) / })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Direction' })).toHaveCount(0)
  await expect(table.getByRole('columnheader', { name: 'Campaign' })).toBeVisible()
  await expectStatusAndMetricsInView(table)
})

test('at 1024 px, with a record open beside the Text Log, its records are cards that keep their status and steps', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 900 })
  const table = await openLog(page, '/texts', 'Text Log')
  await table
    .locator('[role=row][data-index="0"] [role=cell]')
    .first()
    .click({ position: { x: 20, y: 20 } })
  await expect(page.getByRole('dialog', { name: /^Text (to|from) / })).toBeVisible()
  await expect(table).toHaveAttribute('data-layout', 'cards')
  const card = table.locator('[role=row][data-index="0"]')
  await expect(card.locator('[data-cell="status"] button[data-status]')).toBeInViewport()
  const overflow = await table
    .locator('xpath=..')
    .evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await page.keyboard.press('Escape')
  await expect(table).toHaveAttribute('data-layout', 'columns')
})

for (const { path, label } of logs) {
  test(`at 390 px the ${label}'s cards set the status at the card's right edge`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 })
    const table = await openLog(page, path, label)
    await expect(table).toHaveAttribute('data-layout', 'cards')
    const card = table.locator('[role=row][data-index="0"]')
    const status = card.locator('[data-cell="status"]').locator('xpath=..')
    const [row, cell] = await Promise.all([card.boundingBox(), status.boundingBox()])
    const rowRight = (row?.x ?? 0) + (row?.width ?? 0)
    const cellRight = (cell?.x ?? 0) + (cell?.width ?? 0)
    // Within the card's padding of its right edge, and no wider than what it shows.
    expect(rowRight - cellRight).toBeLessThanOrEqual(8)
    expect(cell?.width ?? 0).toBeLessThan((row?.width ?? 0) / 2)
  })
}

test("beside the panel the Text Log's contact shows its number under the name, where From and To gave way", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const table = await openLog(page, '/texts', 'Text Log')
  const row = table.locator('[role=row][data-index="0"]')
  // Time, Direction, From, To, then Contact: the number is in From or To, not repeated under the name.
  const contact = row.getByRole('cell').nth(4)
  await expect(table.getByRole('columnheader', { name: 'From' })).toBeVisible()
  await expect(contact.getByText(/^\+\d/)).toBeHidden()
  await row
    .getByRole('cell')
    .first()
    .click({ position: { x: 20, y: 20 } })
  await expect(page.getByRole('dialog', { name: /^Text (to|from) / })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'From' })).toHaveCount(0)
  await expect(row.getByRole('cell').nth(1).getByText(/^\+\d/)).toBeVisible()
})

// What the glossary says of each Routee campaign status a call can show.
const campaignMeanings: Record<string, RegExp> = {
  Queued: /messages are about to go out/,
  Running: /messages are being sent/,
  Sent: /waiting to learn whether each was delivered/,
  Finished: /knows the final status of every message/,
  Failed: /could not process the campaign/,
}

test("the Campaign column shows the campaign's status, and hovering it tells what it means", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/calls?campaign=renewal-offer')
  const table = page.getByRole('table', { name: 'Activity Log' })
  await expect(table.locator('[role=row][data-index="0"]')).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Campaign' }).click()
  await page.keyboard.press('Escape')
  const cell = table.locator('[role=row][data-index="0"] [data-cell="campaign"]')
  await expect(cell).toContainText('Renewal offer')
  const badge = cell.locator('button[data-status^="routee.campaign."]')
  const label = (await badge.innerText()).trim()
  expect(Object.keys(campaignMeanings)).toContain(label)
  await badge.hover()
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toContainText(label)
  await expect(tooltip).toContainText('Routee · Campaigns')
  await expect(tooltip).toContainText(campaignMeanings[label] ?? /^$/)
})

for (const width of [1440, 1024, 768, 390]) {
  test(`screenshots of both logs at ${width} px, with a record open beside them`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ width, height: 900 })
    for (const { path, label, record } of logs) {
      const table = await openLog(page, path, label)
      await settleLog(page, table)
      const name = path.slice(1)
      await screenshot(page, `${name}-${width}`)
      if (width < 768) continue
      await table
        .locator('[role=row][data-index="0"] [role=cell]')
        .first()
        .click({ position: { x: 20, y: 20 } })
      const panel = page.getByRole('dialog', { name: record })
      await expect(panel.getByRole('region', { name: 'Metrics' })).toBeVisible()
      await screenshot(page, `${name}-${width}-detail`)
    }
  })
}

for (const width of [1440, 390]) {
  test(`a screenshot of Insights at ${width} px`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/insights')
    await expect(
      page.locator('[data-chart="calls-by-outcome"] path[data-mark]').first(),
    ).toBeVisible({ timeout: 30_000 })
    await expect(
      page.locator('[data-chart="texts-over-time"] path[data-mark]').first(),
    ).toBeVisible()
    await screenshot(page, `insights-${width}`)
  })
}

for (const width of [768, 1440]) {
  test(`at ${width} px the longest status label stays inside its row, the vendor under it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    const table = await openLog(
      page,
      '/calls?status=callr.call.error-unallocated-number',
      'Activity Log',
    )
    const cell = table.locator('[role=row][data-index="0"] [data-cell="status"]')
    await expect(
      cell.getByRole('button', { name: /Error · Unallocated number/ }),
    ).toBeVisible()
    const fit = await cell.evaluate((el) => ({
      content: el.scrollHeight,
      row: el.closest('[role=row]')?.getBoundingClientRect().height ?? 0,
    }))
    expect(fit.content).toBeLessThanOrEqual(fit.row)
    await expect(cell.getByText('CALLR', { exact: true })).toBeInViewport()
  })
}

test('Insights at 390 px sets its KPI cards two by two, each figure whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 })
  await page.goto('/insights')
  const calls = page.getByRole('region', { name: 'Calls KPIs' })
  // Every figure in: no card still loading.
  await expect(calls.locator('p.text-2xl')).toHaveCount(4, { timeout: 30_000 })
  const boxes = await calls.locator(':scope > div > *').evaluateAll((cards) =>
    cards.map((card) => ({
      top: Math.round(card.getBoundingClientRect().top),
      overflow: card.scrollWidth - card.clientWidth,
    })),
  )
  expect(boxes).toHaveLength(4)
  expect(new Set(boxes.map((box) => box.top)).size).toBe(2)
  for (const box of boxes) expect(box.overflow).toBeLessThanOrEqual(0)
})
