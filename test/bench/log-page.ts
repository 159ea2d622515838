import type { Browser, BrowserContext, Page } from '@playwright/test'
import { readPaint, watchPaint } from './browser'

export const tableSelector = '[role="table"][aria-label="Activity Log"]'
export const firstRowSelector = `${tableSelector} [role="row"][data-index="0"]`
/** The log's histogram holds its bars once drawn. */
export const histogramSelector = '[data-histogram] svg path, [data-histogram] svg rect'
/** The seed every figure is taken on, so runs and commits compare. */
export const benchSeed = 20260301

export type LogPage = { context: BrowserContext; page: Page }

/**
 * A fresh context (cold mock build, empty caches) with the mock serving
 * `calls` calls (the demo's default data set when undefined), opened on /calls
 * and waiting until its first rows are presented. The marks `rows` and
 * `histogram` hold when each was presented, in ms since navigation.
 */
export async function openActivityLog(
  browser: Browser,
  baseUrl: string,
  calls: number | undefined,
): Promise<LogPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const settings = JSON.stringify({
    ...(calls === undefined ? {} : { calls, texts: 1000 }),
    seed: benchSeed,
    latency: 0,
    failureRate: 0,
    panel: false,
  })
  await page.addInitScript(
    `localStorage.setItem('callboard.mock', ${JSON.stringify(settings)})`,
  )
  await watchPaint(page, 'rows', firstRowSelector)
  await watchPaint(page, 'histogram', histogramSelector)
  await page.goto(`${baseUrl}/calls`, { waitUntil: 'domcontentloaded' })
  await readPaint(page, 'rows')
  return { context, page }
}

/**
 * Waits until the page has been quiet (no task over 50 ms) for `quietMs`, so
 * a measurement does not start inside the mock's idle-time warm-up or a
 * late chunk's parse. Gives up after `maxMs`.
 */
export async function settle(page: Page, quietMs = 1000, maxMs = 15_000): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    let last = performance.now()
    const observer = new PerformanceObserver(() => { last = performance.now() })
    observer.observe({ type: 'longtask' })
    const started = performance.now()
    const tick = () => {
      const now = performance.now()
      if (now - last >= ${quietMs} || now - started >= ${maxMs}) {
        observer.disconnect()
        resolve(undefined)
      } else setTimeout(tick, 100)
    }
    tick()
  })`)
}

/** The calls log's own build time in this page, from the mock's `mock:build` measure. */
export async function callsBuildMs(page: Page): Promise<number> {
  const value = await page.evaluate<number | null>(`(() => {
    const entry = performance.getEntriesByName('mock:build')
      .find((m) => m.detail && m.detail.log === 'calls')
    return entry ? entry.duration : null
  })()`)
  if (value === null)
    throw new Error('The page recorded no mock:build measure for calls.')
  return value
}
