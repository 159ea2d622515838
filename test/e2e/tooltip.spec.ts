import { expect, test, type Page } from '@playwright/test'
import { screenshot } from './support/screenshot'

const busyMeaning =
  'The call was routed to a receiving number that gave a busy signal because it was already on another call.'

async function openGlossary(page: Page) {
  await page.goto('/statuses')
  await expect(page.getByRole('heading', { level: 1, name: 'Statuses' })).toBeVisible()
}

const ctmCalls = (page: Page) => page.getByRole('region', { name: 'CTM calls' })

test('hovering a badge shows what the status means; Escape hides it', async ({
  page,
}) => {
  await openGlossary(page)
  const badge = ctmCalls(page).getByRole('button', { name: 'Busy', exact: true })
  await badge.hover()
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText('CallTrackingMetrics · Calls')
  await expect(tooltip).toContainText(busyMeaning)
  await expect(tooltip).toContainText('Not answered')
  const id = await tooltip.getAttribute('id')
  expect(id).toBeTruthy()
  await expect(badge).toHaveAttribute('aria-describedby', id ?? '')
  await screenshot(page, 'tooltip-busy-light')

  await page.keyboard.press('Escape')
  await expect(tooltip).toBeHidden()
})

test('keyboard focus opens the tooltip, and it stays on the badge', async ({ page }) => {
  await openGlossary(page)
  const answered = ctmCalls(page).getByRole('button', { name: 'Answered', exact: true })
  // The entries render after the toolbar (a deferred list): wait for them, then
  // start from the last filter chip, just before the first entry in the tab order.
  await expect(answered).toBeVisible()
  await page
    .getByRole('group', { name: 'Filter by outcome' })
    .getByRole('button')
    .last()
    .focus()
  await page.keyboard.press('Tab')
  await expect(answered).toBeFocused()
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText('which may also be a voicemail box')
  await page.keyboard.press('Escape')
  await expect(tooltip).toBeHidden()
  await expect(answered).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(tooltip).toBeHidden()
})

test('the tooltip can be hovered without vanishing, and links to the entry', async ({
  page,
}) => {
  await openGlossary(page)
  await page
    .getByRole('group', { name: 'Filter by outcome' })
    .getByRole('button', { name: 'Blocked' })
    .click()
  const badge = page.getByRole('button', { name: 'Error · Blacklisted' })
  await badge.hover()
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toBeVisible()
  const more = tooltip.getByRole('link', { name: 'More in the status glossary' })
  // The pointer travels from the badge onto the tooltip, as a person's would.
  const box = await more.boundingBox()
  if (!box) throw new Error('The tooltip’s link has no box.')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 })
  // Radix closes on the move that leaves its grace area: once two frames have
  // drawn after the last move, a tooltip that was going to close has closed.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve)),
      ),
  )
  await expect(tooltip).toBeVisible()
  await more.click()
  await expect(page).toHaveURL(/\/statuses#callr\.call\.error-blacklisted$/)
  await expect(
    page.getByRole('article', { name: 'Error · Blacklisted (CALLR)' }),
  ).toHaveAttribute('aria-current', 'true')
})

test('moving the pointer away closes the tooltip', async ({ page }) => {
  await openGlossary(page)
  await ctmCalls(page).getByRole('button', { name: 'Failed', exact: true }).hover()
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toBeVisible()
  // Radix closes on the moves after leaving (its grace area), as a real pointer makes.
  await page.mouse.move(5, 300, { steps: 5 })
  await expect(tooltip).toBeHidden()
})

test('the tooltip reads well in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openGlossary(page)
  await page
    .getByRole('region', { name: 'CALLR campaign calls' })
    .getByRole('button', { name: 'Absent · Voicemail detected' })
    .hover()
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toContainText('Status ABSENT, sub-status VOICEMAIL_DETECTED')
  await screenshot(page, 'tooltip-callr-dark')
})
