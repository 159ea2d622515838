/**
 * Importing 500,000 Twilio calls (a gzip BulkExport day file, import-core's
 * generator): from the file handed to the page (setInputFiles) to the
 * presented frame whose log shows the imported total, the Import click in
 * between included (a person's click, taken as soon as the button shows).
 * Its parts: reading (file → summary shown), saving (click → dialog gone,
 * IndexedDB written), serving (→ the log's rows: the data worker reads the
 * set back and indexes it). And the page's longest task throughout.
 */
import { statSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { writeTwilioCallsFixture } from './import-fixture'
import { benchSeed, settle } from './log-page'
import { presentedScript } from './paint'
import { summarize, type Summary } from './summary'

export const importRows = 500_000

export type ImportFigures = {
  rows: number
  fileMB: number
  totalMs: Summary
  readingMs: Summary
  savingMs: Summary
  servingMs: Summary
  longestTaskMs: Summary
}

const watchTasks = `(() => {
  const tasks = (window.__longTasks = [])
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
})()`

/** When text matching `pattern` is first in `selector`, presented; polled by frame, in the page. */
const presentedWhen = (page: Page, selector: string, pattern: string) =>
  page.evaluate<number>(`new Promise((resolve, reject) => {
    ${presentedScript}
    const wanted = new RegExp(${JSON.stringify(pattern)})
    const deadline = performance.now() + 300000
    const poll = () => {
      const found = [...document.querySelectorAll(${JSON.stringify(selector)})]
        .some((node) => wanted.test(node.textContent || ''))
      if (found) presented(resolve)
      else if (performance.now() > deadline) reject(new Error('Not shown within 300 s: ' + wanted))
      else requestAnimationFrame(poll)
    }
    poll()
  })`)

type Run = Record<
  'totalMs' | 'readingMs' | 'savingMs' | 'servingMs' | 'longestTaskMs',
  number
>

async function oneImport(browser: Browser, baseUrl: string, file: string): Promise<Run> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    // A small demo log to start from: the figure is the import's, not the demo's build.
    await page.addInitScript(
      `localStorage.setItem('callboard.mock', ${JSON.stringify(JSON.stringify({ seed: benchSeed, calls: 2000, texts: 2000 }))})`,
    )
    await page.addInitScript(watchTasks)
    await page.goto(`${baseUrl}/calls`)
    await page.getByRole('button', { name: 'Import' }).click()
    const input = page.getByLabel('File to import')
    await input.waitFor({ state: 'attached' })
    await settle(page, 500)
    const start = await page.evaluate<number>('performance.now()')
    await input.setInputFiles(file)
    const total = new Intl.NumberFormat('en-US').format(importRows)
    const importButton = page.getByRole('button', { name: `Import ${total} calls` })
    await importButton.waitFor()
    const read = await page.evaluate<number>('performance.now()')
    await importButton.click()
    const clicked = await page.evaluate<number>('performance.now()')
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 300_000 })
    const saved = await page.evaluate<number>('performance.now()')
    const shown = await presentedWhen(page, 'main strong', `^${total} calls$`)
    const longest = await page.evaluate<number>(
      `Math.max(0, ...window.__longTasks.filter((t) => t.start >= ${start}).map((t) => t.duration))`,
    )
    return {
      totalMs: shown - start,
      readingMs: read - start,
      savingMs: saved - clicked,
      servingMs: shown - saved,
      longestTaskMs: longest,
    }
  } finally {
    await context.close()
  }
}

export async function importFigures(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<ImportFigures> {
  const file = await writeTwilioCallsFixture({ rows: importRows })
  const results: Run[] = []
  for (let i = 0; i < runs; i++) results.push(await oneImport(browser, baseUrl, file))
  const of = (key: keyof Run) =>
    summarize(results.map((result) => Math.round(result[key])))
  return {
    rows: importRows,
    fileMB: Math.round(statSync(file).size / 1e5) / 10,
    totalMs: of('totalMs'),
    readingMs: of('readingMs'),
    savingMs: of('savingMs'),
    servingMs: of('servingMs'),
    longestTaskMs: of('longestTaskMs'),
  }
}
