import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { demoData, withMock } from './support/mock'
import { screenshot } from './support/screenshot'

// A Wednesday morning in Chicago, when calls and texts arrive every few minutes.
const now = '2026-03-18T16:30:00.000Z'

/**
 * The page's clock drives time: the mock's data moves on to whatever instant
 * the page asks up to (clock: 'requests'), so no test waits for real time.
 */
async function openLog(page: Page, path: string) {
  await withMock(page, { ...demoData, now, clock: 'requests' })
  await page.clock.install({ time: new Date(now) })
  await page.goto(path)
}

const firstRow = (page: Page, name: string) =>
  page.getByRole('table', { name }).locator('[role=row][data-index="0"]')

/** The first row's record id, once the rows are in. */
async function firstRowId(page: Page, name: string): Promise<string> {
  const row = firstRow(page, name)
  await expect(row).toHaveAttribute('data-row-id', /.+/)
  return (await row.getAttribute('data-row-id')) ?? ''
}

/** A person switches to another tab and back. */
async function leaveAndComeBack(page: Page) {
  for (const state of ['hidden', 'visible'] as const) {
    await page.evaluate((visibility) => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => visibility,
      })
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
    }, state)
  }
}

test.describe('fresh data', () => {
  test('the Refresh button brings the log up to now and the label says how old it is', async ({
    page,
  }) => {
    await openLog(page, '/calls')
    await expect(page.getByText('Updated just now')).toBeVisible()
    const before = await firstRowId(page, 'Activity Log')
    await page.clock.fastForward('10:00')
    await expect(page.getByText('Updated 10 min ago')).toBeVisible()
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(page.getByText('Updated just now')).toBeVisible()
    // Calls came in during those ten minutes: the newest is now on top.
    await expect(firstRow(page, 'Activity Log')).not.toHaveAttribute(
      'data-row-id',
      before,
    )
  })

  test('auto-refresh shows “N new calls” without moving the rows until pressed, and is remembered', async ({
    page,
  }) => {
    await openLog(page, '/calls')
    const before = await firstRowId(page, 'Activity Log')
    await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption('15s')
    await page.clock.fastForward('10:00')
    const newCalls = page.getByRole('button', { name: /^\d+ new calls?$/ })
    await expect(newCalls).toBeVisible()
    await expect(firstRow(page, 'Activity Log')).toHaveAttribute('data-row-id', before)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'fresh-data-new-calls')

    await newCalls.click()
    await expect(newCalls).toBeHidden()
    await expect(firstRow(page, 'Activity Log')).not.toHaveAttribute(
      'data-row-id',
      before,
    )

    await page.reload()
    await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('15s')
  })

  test('coming back to a stale tab looks for new texts the same way', async ({
    page,
  }) => {
    await openLog(page, '/texts')
    const before = await firstRowId(page, 'Text Log')
    await page.clock.fastForward('15:00')
    await leaveAndComeBack(page)
    const newTexts = page.getByRole('button', { name: /^\d+ new texts?$/ })
    await expect(newTexts).toBeVisible()
    await expect(firstRow(page, 'Text Log')).toHaveAttribute('data-row-id', before)
    await newTexts.click()
    await expect(firstRow(page, 'Text Log')).not.toHaveAttribute('data-row-id', before)
  })

  test('Insights’ Refresh moves its last hour up to now', async ({ page }) => {
    await openLog(page, '/insights?range=1h')
    await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible()
    await page.clock.fastForward('10:00')
    const later = Date.parse(now) + 10 * 60_000
    const upToNow = page.waitForRequest((request) => {
      const url = new URL(request.url())
      return (
        url.pathname === '/api/v1/calls/stats' &&
        Date.parse(url.searchParams.get('to') ?? '') >= later
      )
    })
    await page.getByRole('button', { name: 'Refresh' }).click()
    await upToNow
  })

  test('the refresh and zone controls fit the toolbar from 1440 to 390 px', async ({
    page,
  }) => {
    await openLog(page, '/calls?tz=account')
    for (const width of [1440, 1024, 768, 390]) {
      await page.setViewportSize({ width, height: 800 })
      for (const [path, name] of [
        ['/calls?tz=account', 'Activity Log'],
        ['/texts?tz=account', 'Text Log'],
      ] as const) {
        await page.goto(path)
        await expect(page.getByRole('table', { name })).toBeVisible()
        await expect(firstRow(page, name)).toHaveAttribute('data-row-id', /.+/)
        await expect(
          page.getByRole('combobox', { name: /^Time zone/ }),
        ).toHaveAccessibleName(/\(account\)/)
        const refresh = page.getByRole('button', { name: 'Refresh' })
        await expect(refresh).toBeInViewport()
        await expect(page.getByRole('combobox', { name: /^Time zone/ })).toBeInViewport()
        await screenshot(
          page,
          `fresh-tz-${name === 'Activity Log' ? 'calls' : 'texts'}-${width}`,
        )
      }
    }
  })
})
