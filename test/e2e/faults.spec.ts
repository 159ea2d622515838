import { expect, test, type Page } from '@playwright/test'
import {
  apiIds,
  recordApi,
  retryVisible,
  scrollThroughRows,
  setFaults,
  shownTotal,
} from './support/faults'
import { withMock } from './support/mock'

/** A small, fixed data set, so the whole log can be scrolled and checked. */
const data = { seed: 424242, calls: 1_000, texts: 300, now: '2026-03-18T16:30:00.000Z' }
const range = { from: '2025-12-01T00:00:00Z', to: '2026-03-19T00:00:00Z' }
/** 30 % of data requests fail, half as 500s, half as dropped connections; up to 2 s each. */
const faults = { failureRate: 0.3, failure: 'mixed', latency: { min: 0, max: 2_000 } }

const rowAt = (page: Page, table: string, index: number) =>
  page.getByRole('table', { name: table }).locator(`[role=row][data-index="${index}"]`)

/** Waits for a view to settle under faults, pressing Retry as a person would. */
async function settle(page: Page, table: string, noun: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await retryVisible(page)
        // The table and the histogram each say so while their answer is on its way.
        const updating = await page
          .getByText(/updating…/)
          .filter({ visible: true })
          .count()
        return updating === 0 && (await shownTotal(page, noun)) !== null
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(true)
  await expect(rowAt(page, table, 0)).toBeVisible()
}

test.describe('under injected faults', () => {
  test.beforeEach(async ({ page }) => {
    await withMock(page, { ...data, ...faults, panel: true })
  })

  test('the log loads through 500s, dropped connections and slow answers; a lasting error keeps the rows, and once faults stop the view completes without a reload', async ({
    page,
  }) => {
    test.setTimeout(240_000)
    const apiRecord = recordApi(page)
    await page.goto(`/calls?from=${range.from}&to=${range.to}`)
    await settle(page, 'Activity Log', 'calls')
    expect(await shownTotal(page, 'calls')).toBe(data.calls)
    const table = page.getByRole('table', { name: 'Activity Log' })
    const scroller = table.locator('xpath=..')

    // Scrolling on under the same faults loads page after page.
    await expect
      .poll(
        async () => {
          await retryVisible(page)
          return scroller.evaluate((element) => {
            element.scrollBy(0, 1_500)
            const rows = [...element.querySelectorAll('[role=row][data-index]')]
            return Math.max(...rows.map((row) => Number(row.getAttribute('data-index'))))
          })
        },
        { timeout: 90_000, intervals: [300] },
      )
      .toBeGreaterThanOrEqual(299)
    await expect(table).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 })
    const loaded = apiRecord()
    // Each of them answered by MSW's service worker, as the Network panel shows.
    expect(loaded.requests.length).toBeGreaterThan(0)
    expect(loaded.notFromServiceWorker).toBe(0)
    test.info().annotations.push({
      type: 'faults while loading',
      description: `${loaded.requests.length} requests, ${loaded.serverErrors} answered 500, ${loaded.dropped} dropped`,
    })
    let loads = 0
    page.on('load', () => (loads += 1))

    // Every request fails now: scrolling on, the next page fails for good.
    await setFaults(page, { failures: 'all', latencyMs: 200 })
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load more rows' })
    await expect
      .poll(
        async () => {
          await scroller.evaluate((element) => element.scrollBy(0, 5_000))
          return alert.isVisible()
        },
        { timeout: 60_000, intervals: [1_000] },
      )
      .toBe(true)
    await expect(alert).toContainText(
      /on purpose|Could not reach the server|did not answer/,
    )
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
    // The failing page was asked for four times (three retries with backoff), then left.
    const { requests } = apiRecord()
    const failing = requests.at(-1)
    expect(requests.filter((url) => url === failing)).toHaveLength(4)
    // What was loaded is still there, and the total still stands.
    const kept = await table.locator('[role=row][data-index]').count()
    expect(kept).toBeGreaterThan(10)
    expect(await shownTotal(page, 'calls')).toBe(data.calls)

    // Faults stop; Retry, and the log completes: every call, in the API's order.
    await setFaults(page, { failures: 'none', latencyMs: 0 })
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(alert).toBeHidden()
    const shown = await scrollThroughRows(page, 'Activity Log', data.calls)
    const expected = await apiIds(page, '/api/v1/calls', { ...range, sort: '-time' })
    expect(expected).toHaveLength(data.calls)
    expect(shown).toEqual(expected)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(table).toHaveAttribute('aria-rowcount', String(data.calls + 1))
    expect(loads).toBe(0)
  })

  test('filters changed while earlier answers are slow or failing end on the last filter’s rows', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    const apiRecord = recordApi(page)
    await page.goto(`/texts?from=${range.from}&to=${range.to}`)
    await settle(page, 'Text Log', 'texts')
    const bar = page.getByRole('search')

    // Inbound, then straight away outbound instead: the inbound answer may come last.
    await bar.getByRole('button', { name: 'Direction' }).click()
    const popover = page.getByRole('dialog', { name: 'Filter by direction' })
    await popover.getByRole('checkbox', { name: /Inbound/ }).check()
    await popover.getByRole('checkbox', { name: /Inbound/ }).uncheck()
    await popover.getByRole('checkbox', { name: /Outbound/ }).check()
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/direction=outbound/)
    await expect(page).not.toHaveURL(/inbound/)
    // The address changes first; the page's view follows once the router has it.
    await expect(page.getByRole('group', { name: 'Active filters' })).toHaveText(
      /Direction:\s*Outbound/,
    )
    await settle(page, 'Text Log', 'texts')
    const api = apiRecord()
    test.info().annotations.push({
      type: 'faults',
      description: `${api.requests.length} requests, ${api.serverErrors} answered 500, ${api.dropped} dropped`,
    })

    // Checked against the API once the faults stop: the view must end on the last
    // filter's total (a stale inbound answer would leave another one for good).
    await setFaults(page, { failures: 'none', latencyMs: 0 })
    const expected = await apiIds(page, '/api/v1/texts', {
      ...range,
      direction: 'outbound',
      sort: '-time',
    })
    await expect.poll(() => shownTotal(page, 'texts')).toBe(expected.length)
    const rows = await page
      .getByRole('table', { name: 'Text Log' })
      .locator('[role=row][data-index]')
      .allTextContents()
    expect(rows.length).toBeGreaterThan(0)
    expect(
      rows.every((text) => text.includes('Outbound') && !text.includes('Inbound')),
    ).toBe(true)
    const shown = await scrollThroughRows(page, 'Text Log', expected.length)
    expect(shown).toEqual(expected)
  })
})
