import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { screenshot } from './support/screenshot'

async function openGlossary(page: Page, url = '/statuses') {
  await page.goto(url)
  await expect(page.getByRole('heading', { level: 1, name: 'Statuses' })).toBeVisible()
}

/** The page scrolls inside <main>; grow the window to the content to shoot all of it. */
async function screenshotWhole(page: Page, name: string) {
  const width = page.viewportSize()?.width ?? 1280
  const height = await page.evaluate(
    () =>
      (document.querySelector('header')?.offsetHeight ?? 0) +
      (document.querySelector('main')?.scrollHeight ?? 0),
  )
  await page.setViewportSize({ width, height })
  await screenshot(page, name)
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 768]) {
    test(`the glossary reads well at ${width} px (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: 900 })
      await openGlossary(page)
      await expect(page.getByRole('article')).toHaveCount(90)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await screenshotWhole(page, `statuses-${width}-${scheme}`)
    })
  }
}

test('a deep link scrolls to its entry and highlights it, even outside the filters', async ({
  page,
}) => {
  await openGlossary(page, '/statuses?vendor=routee#ctm.call.completed')
  const linked = page.getByRole('article', { name: 'Completed (CTM calls)' })
  await expect(linked).toHaveAttribute('aria-current', 'true')
  await expect(linked).toBeInViewport()
  await expect(linked).toBeFocused()
  await expect(linked).toContainText('Linked, outside your filters')
  // Only the page's own scroller moved: the header stays in place.
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeInViewport()
  await screenshot(page, 'statuses-deep-link')
})

test('a deep link far down the page lands on its entry', async ({ page }) => {
  await openGlossary(page, '/statuses#callr.call.voicemail-incomplete')
  const linked = page.getByRole('article', {
    name: 'Result: Voicemail incomplete (CALLR)',
  })
  await expect(linked).toBeInViewport()
  await expect(linked).toHaveAttribute('aria-current', 'true')
})

test('search and filters live in the URL, and Back undoes a filter', async ({ page }) => {
  await openGlossary(page)
  await page.getByRole('searchbox', { name: 'Search statuses' }).fill('ringing')
  await expect(page).toHaveURL(/[?&]q=ringing/)
  // The three Ringing statuses, and Messenger's Cancelled and Twilio's call Canceled
  // (each cancelled while the phone was ringing).
  await expect(page.getByRole('article')).toHaveCount(5)
  await page
    .getByRole('group', { name: 'Filter by vendor' })
    .getByRole('button', { name: 'Routee' })
    .click()
  await expect(page).toHaveURL(/vendor=routee/)
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(page.getByText('1 of 90 statuses')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('searchbox', { name: 'Search statuses' })).toHaveValue(
    'ringing',
  )
  await expect(page.getByRole('article')).toHaveCount(1)

  await page.goBack()
  await expect(page.getByRole('article')).toHaveCount(5)
})

test('a search with no result says so and offers a way out', async ({ page }) => {
  await openGlossary(page, '/statuses?q=teleported')
  await expect(page.getByRole('heading', { name: 'No status matches' })).toBeVisible()
  await screenshot(page, 'statuses-empty')
  await page.getByRole('button', { name: 'Clear search and filters' }).last().click()
  await expect(page.getByRole('article')).toHaveCount(90)
})

test('a permalink highlights its entry and keeps the filters', async ({ page }) => {
  await openGlossary(page, '/statuses?vendor=messenger')
  const link = page.getByRole('link', { name: 'Link to Ringing (Messenger)' })
  await expect(link).toHaveAttribute('href', '/statuses#messenger.call.ringing')
  await link.click()
  await expect(page).toHaveURL(/\/statuses\?vendor=messenger#messenger\.call\.ringing$/)
  await expect(
    page.getByRole('article', { name: 'Ringing (Messenger)' }),
  ).toHaveAttribute('aria-current', 'true')
  await expect(page.getByRole('article')).toHaveCount(17)
})

test('Twilio’s call and message statuses are explained, chosen from the keyboard', async ({
  page,
}) => {
  await openGlossary(page)
  const twilio = page
    .getByRole('group', { name: 'Filter by vendor' })
    .getByRole('button', { name: 'Twilio' })
  await twilio.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/vendor=twilio/)
  await expect(twilio).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('article')).toHaveCount(22)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Twilio calls' }),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Twilio messages' }),
  ).toBeAttached()
  const completed = page.getByRole('article', { name: 'Completed (Twilio calls)' })
  await expect(completed).toContainText('voicemail box')
  await expect(completed).toContainText('Connected')
  // Twilio's own spelling of a message status, found however it is typed.
  await page
    .getByRole('searchbox', { name: 'Search statuses' })
    .fill('PARTIALLY-DELIVERED')
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(
    page.getByRole('article', { name: 'Partially delivered (Twilio messages)' }),
  ).toContainText('Sent as partially_delivered')
  expect(await axeViolations(page)).toEqual([])
  await screenshot(page, 'statuses-twilio')
})
