import { expect, test, type Page } from '@playwright/test'
import { demoData, withMock } from './support/mock'

declare global {
  interface Window {
    reportCspViolation?: (text: string) => void
    inlineScriptRan?: boolean
  }
}

type CspWatch = { violations: string[]; console: string[] }

/**
 * Collects every CSP violation the page reports, from before its first script,
 * into this test: a navigation starts a new window, but not a new list.
 */
async function watchCsp(page: Page): Promise<CspWatch> {
  const watch: CspWatch = { violations: [], console: [] }
  await page.exposeFunction('reportCspViolation', (text: string) => {
    watch.violations.push(text)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportCspViolation?.(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`,
      )
    })
  })
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()))
      watch.console.push(message.text())
  })
  return watch
}

const firstRow = (page: Page, table: string) =>
  page.getByRole('table', { name: table }).locator('[role=row][data-index="0"]')

test.describe('the Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    await withMock(page, { ...demoData, panel: true })
  })

  test('is sent as a header and a meta tag, with no inline script allowed', async ({
    page,
  }) => {
    const response = await page.goto('/calls')
    const header = (await response?.headerValue('content-security-policy')) ?? ''
    const meta =
      (await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content')) ?? ''
    for (const policy of [header, meta]) {
      expect(policy).toContain("script-src 'self'")
      expect(policy).toContain("object-src 'none'")
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    }
    expect(header).toContain("frame-ancestors 'none'")
  })

  test('blocks a script injected into the page, and says so', async ({ page }) => {
    // Also proves the watch below works: what it catches here, it would catch there.
    const csp = await watchCsp(page)
    await page.goto('/calls')
    await expect(page.getByText('Demo data')).toBeVisible()
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.inlineScriptRan = true'
      document.body.append(script)
    })
    // Reported once per policy: the header's and the meta tag's.
    const blocked = [
      expect.stringMatching(/^script-src/),
      expect.stringMatching(/^script-src/),
    ]
    await expect.poll(() => csp.violations).toEqual(blocked)
    expect(await page.evaluate(() => window.inlineScriptRan)).toBeUndefined()
    // What the page reported stays reported when it navigates on.
    await page.goto('/texts')
    await expect(page.getByText('Demo data')).toBeVisible()
    expect(csp.violations).toEqual(blocked)
    expect(csp.console.join('\n')).toMatch(
      /inline script violates .*Content Security Policy/,
    )
  })

  test('is never violated on any page or by the panels, popovers and tooltips', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const csp = await watchCsp(page)

    // Activity Log: the detail panel, a filter popover, the calendar, a tooltip,
    // the column menu, the CSV export and the mock's settings panel.
    await page.goto('/calls')
    await expect(firstRow(page, 'Activity Log')).toBeVisible()
    await firstRow(page, 'Activity Log').click({ position: { x: 40, y: 20 } })
    await expect(
      page.getByRole('dialog').getByRole('region', { name: 'Metrics' }),
    ).toBeVisible()
    await page.keyboard.press('Escape')
    const search = page.getByRole('search')
    await search.getByRole('button', { name: 'Status' }).click()
    await expect(page.getByRole('dialog', { name: 'Filter by status' })).toBeVisible()
    await page.keyboard.press('Escape')
    await search.getByRole('button', { name: /^Time range/ }).click()
    await page.getByRole('button', { name: 'Custom range…' }).click()
    await expect(page.getByRole('grid').first()).toBeVisible()
    await page.keyboard.press('Escape')
    await firstRow(page, 'Activity Log').locator('[data-status]').first().hover()
    await expect(page.getByRole('tooltip')).toBeVisible()
    // The log's histogram: recharts' chart and tooltip.
    const histogram = page.locator('[data-histogram="calls"]')
    await expect(histogram).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 })
    const plot = await histogram.locator('.recharts-wrapper').boundingBox()
    if (!plot) throw new Error('The histogram has no box.')
    await page.mouse.move(plot.x + plot.width / 2, plot.y + 40)
    await expect(
      histogram.locator('.recharts-tooltip-wrapper [data-series]').first(),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Columns' }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await page.keyboard.press('Escape')
    await page.goto('/texts?range=1h')
    await expect(firstRow(page, 'Text Log')).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    await download
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Mock backend settings' }).click()
    await expect(
      page.getByRole('dialog', { name: 'Mock backend settings' }),
    ).toBeVisible()
    await page.keyboard.press('Escape')

    // Insights: the charts (their bars are sized with style attributes) and their tooltips.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Insights' })
      .click()
    const outcomes = page.getByRole('region', { name: 'Calls by outcome' })
    const mark = outcomes.locator('button[data-mark]').first()
    await expect(mark).toBeVisible({ timeout: 30_000 })
    await mark.hover()
    await expect(page.getByRole('tooltip')).toBeVisible()

    // The glossary: search, a filter and a badge's tooltip.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Statuses' })
      .click()
    await page.getByRole('searchbox', { name: 'Search statuses' }).fill('busy')
    await page.getByRole('article').first().locator('[data-status]').first().hover()
    await expect(page.getByRole('tooltip')).toBeVisible()

    // The mock backend answered throughout, through its service worker and data worker, under the policy.
    await expect(page.getByText('Demo data')).toBeVisible()
    expect(csp.violations).toEqual([])
    expect(csp.console).toEqual([])
  })
})
