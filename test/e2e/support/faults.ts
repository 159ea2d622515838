import { expect, type Page } from '@playwright/test'
import { scrollRowsBy } from './rows'

type Answered = { url: string; status: number | 'dropped'; fromServiceWorker: boolean }

const isLogData = (url: string) => /\/api\/v1\/(calls|texts)(\?|\/)/.test(url)

/**
 * Records what the page asks the log API for and how each was answered, as
 * the Network panel shows it: every answer comes from MSW's service worker.
 * A request the app cancelled (a newer filter) is neither answer nor drop.
 */
export function recordApi(page: Page) {
  const requests: string[] = []
  const answered: Answered[] = []
  page.on('request', (request) => {
    if (isLogData(request.url())) requests.push(request.url())
  })
  page.on('response', (response) => {
    if (!isLogData(response.url())) return
    const fromServiceWorker = response.fromServiceWorker()
    answered.push({ url: response.url(), status: response.status(), fromServiceWorker })
  })
  page.on('requestfailed', (request) => {
    if (
      !isLogData(request.url()) ||
      /ERR_ABORTED/.test(request.failure()?.errorText ?? '')
    )
      return
    answered.push({ url: request.url(), status: 'dropped', fromServiceWorker: true })
  })
  return () => ({
    requests: [...requests],
    serverErrors: answered.filter(
      ({ status }) => typeof status === 'number' && status >= 500,
    ).length,
    dropped: answered.filter(({ status }) => status === 'dropped').length,
    notFromServiceWorker: answered.filter(({ fromServiceWorker }) => !fromServiceWorker)
      .length,
  })
}

/**
 * Changes the mock backend's faults while the page runs, through its settings
 * panel (the settings live in the page; the panel is their one handle there).
 */
export async function setFaults(
  page: Page,
  { failures, latencyMs }: { failures: 'none' | 'all'; latencyMs: number },
): Promise<void> {
  await page.getByRole('button', { name: 'Mock backend settings' }).click()
  const panel = page.getByRole('dialog', { name: 'Mock backend settings' })
  // Keys on the slider send real input events: Home is 0 %, End is 100 %.
  const rate = panel.getByRole('slider')
  await rate.focus()
  await rate.press(failures === 'none' ? 'Home' : 'End')
  await expect(panel).toContainText(`Failure rate: ${failures === 'none' ? 0 : 100}%`)
  await panel.getByLabel('Maximum latency (ms)').fill(String(latencyMs))
  await panel.getByLabel('Minimum latency (ms)').fill(String(latencyMs))
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
}

/** Clicks Retry wherever the page offers it, as a person would after an error. */
export async function retryVisible(page: Page): Promise<boolean> {
  const retry = page.getByRole('button', { name: 'Retry' })
  const count = await retry.count()
  for (let i = 0; i < count; i++) {
    await retry
      .nth(i)
      .click({ timeout: 1_000 })
      .catch(() => undefined)
  }
  return count > 0
}

/** The number in the summary above the table: "12,345 calls". */
export async function shownTotal(page: Page, noun: string): Promise<number | null> {
  const summary = page.getByText(new RegExp(`^[\\d,.]+ ${noun}$`)).first()
  if (!(await summary.isVisible())) return null
  return Number(((await summary.textContent()) ?? '').replace(/\D/g, ''))
}

/** Every record id the API returns for a log query, page by page, in order. */
export function apiIds(page: Page, path: string, params: Record<string, string>) {
  return page.evaluate(
    async ({ path, params }) => {
      const ids: string[] = []
      let cursor: string | null = null
      do {
        const search = new URLSearchParams({ ...params, limit: '150' })
        if (cursor) search.set('cursor', cursor)
        const response = await fetch(`${path}?${search.toString()}`)
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        const page = (await response.json()) as {
          data: { id: string }[]
          next_cursor: string | null
        }
        ids.push(...page.data.map((record) => record.id))
        cursor = page.next_cursor
      } while (cursor)
      return ids
    },
    { path, params },
  )
}

/**
 * Scrolls the log's table from top to bottom, noting the id of every row it
 * renders (the table is virtual: only a screenful is in the DOM at a time).
 */
export async function scrollThroughRows(page: Page, table: string, total: number) {
  const scroller = page.getByRole('table', { name: table }).locator('xpath=..')
  const seen = new Map<number, string>()
  let rows = await scrollRowsBy(scroller, -1e9, { loaded: true })
  for (let step = 0; step < 400 && seen.size < total; step++) {
    for (const { index, id } of rows) if (id) seen.set(index, id)
    rows = await scrollRowsBy(scroller, 400, { loaded: true })
  }
  for (const { index, id } of rows) if (id) seen.set(index, id)
  return [...seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id)
}
