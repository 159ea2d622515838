import { expect, test, type Page } from '@playwright/test'
import { demoData, withMock } from './support/mock'

type Focused = {
  tag: string
  role: string | null
  name: string
  inTable: boolean
  /** An outline or a ring (box-shadow) is drawn around it. */
  visible: boolean
}

/** What has focus now, and whether a sighted keyboard user can see where it is. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body) return null
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const ring = style.boxShadow !== 'none' && style.boxShadow !== ''
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role'),
      name: (element.getAttribute('aria-label') ?? element.textContent)
        .trim()
        .slice(0, 60),
      inTable: element.closest('[role=table]') !== null,
      visible: element.matches(':focus-visible') && (outline || ring),
    }
  })
}

/** Presses Tab (or Shift+Tab) until `found` holds, checking each stop shows its focus. */
async function tabTo(
  page: Page,
  found: (focus: Focused) => boolean,
  { back = false, max = 40 } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const focus = await focused(page)
    if (focus === null) continue
    expect(focus.visible, `focus is visible on ${focus.tag} “${focus.name}”`).toBe(true)
    if (found(focus)) return focus
  }
  throw new Error(`Not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`)
}

test('the Activity Log works from the keyboard alone, focus always in sight', async ({
  page,
}) => {
  await withMock(page, { ...demoData, panel: false })
  await page.goto('/calls')
  const table = page.getByRole('table', { name: 'Activity Log' })
  await expect(table.locator('[role=row][data-index="0"]')).toBeVisible()

  // The skip link comes first, then the header, then the filter bar.
  const first = await tabTo(page, () => true)
  expect(first.name).toBe('Skip to content')
  await tabTo(page, (focus) => focus.tag === 'button' && focus.name.startsWith('Status'))
  const statusButton = page.getByRole('search').getByRole('button', { name: 'Status' })
  await expect(statusButton).toBeFocused()

  // A facet's popover: open, move to an option, pick it with Space, close with Escape.
  await page.keyboard.press('Enter')
  const popover = page.getByRole('dialog', { name: 'Filter by status' })
  await expect(popover).toBeVisible()
  await expect.poll(async () => (await focused(page))?.tag).toMatch(/input/)
  expect((await focused(page))?.visible).toBe(true)
  await tabTo(page, (focus) => focus.tag === 'input' && focus.name === '', { max: 5 })
  const option = popover.getByRole('checkbox').first()
  await expect(option).toBeFocused()
  await page.keyboard.press('Space')
  await expect(option).toBeChecked()
  await expect(page).toHaveURL(/status=/)
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(
    page.getByRole('search').getByRole('button', { name: /^Status/ }),
  ).toBeFocused()

  // On into the table: its active row, arrows between rows, Enter opens the detail.
  const row = await tabTo(page, (focus) => focus.role === 'row')
  expect(row.inTable).toBe(true)
  await expect(table.locator('[role=row][data-index="0"]')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const second = table.locator('[role=row][data-index="1"]')
  await expect(second).toBeFocused()
  expect((await focused(page))?.visible).toBe(true)
  await page.keyboard.press('Enter')
  const sheet = page.getByRole('dialog')
  await expect(sheet.getByRole('region', { name: 'Metrics' })).toBeVisible()
  expect(
    await sheet.evaluate((element) => element.contains(document.activeElement)),
  ).toBe(true)
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(second).toBeFocused()

  // No trap: Tab leads out of the table, and Shift+Tab back into it.
  await tabTo(page, (focus) => !focus.inTable)
  await tabTo(page, (focus) => focus.role === 'row', { back: true })
  await expect(second).toBeFocused()
})

test('Insights answers / and ? as the logs do, listing only its own keys', async ({
  page,
}) => {
  await withMock(page, { ...demoData, panel: false })
  await page.goto('/insights')
  const bar = page.getByRole('search', { name: 'Filter the Insights' })
  // Beside Refresh in the page's header, as on the logs.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible({
    timeout: 30_000,
  })
  await page.keyboard.press('/')
  await expect(bar.getByRole('searchbox')).toBeFocused()
  await page.keyboard.type('ana')
  await expect(page).toHaveURL(/q=ana/)

  await page.getByRole('heading', { name: 'Insights' }).click()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row')).toHaveCount(4)
  await expect(dialog).not.toContainText('Next record')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})
