import { expect, test } from '@playwright/test'
import { screenshot } from './support/screenshot'

const sections = [
  { path: '/calls', title: 'Activity Log', slug: 'calls' },
  { path: '/texts', title: 'Text Log', slug: 'texts' },
  { path: '/insights', title: 'Insights', slug: 'insights' },
  { path: '/statuses', title: 'Statuses', slug: 'statuses' },
] as const

test('/ goes to the Activity Log', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/calls$/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Activity Log' }),
  ).toBeVisible()
})

for (const scheme of ['light', 'dark'] as const) {
  for (const section of sections) {
    test(`${section.title} opens with the shell (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(section.path)
      await expect(
        page.getByRole('heading', { level: 1, name: section.title }),
      ).toBeVisible()
      const nav = page.getByRole('navigation', { name: 'Sections' })
      await expect(nav.getByRole('link', { name: section.title })).toHaveAttribute(
        'aria-current',
        'page',
      )
      await expect(page.getByRole('main')).toBeVisible()
      // The mock backend answered the health check.
      await expect(page.getByText('Demo data')).toBeVisible()
      await expect(page).toHaveTitle(`${section.title} · Callboard`)
      await screenshot(page, `section-${section.slug}-${scheme}`)
    })
  }
}

test('Back and Forward walk between sections', async ({ page }) => {
  await page.goto('/calls')
  const nav = page.getByRole('navigation', { name: 'Sections' })
  await nav.getByRole('link', { name: 'Insights' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await page.goBack()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Activity Log' }),
  ).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
})

test('the layout holds at tablet width', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 })
  await page.goto('/calls')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Activity Log' }),
  ).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await screenshot(page, 'section-calls-tablet')
})
