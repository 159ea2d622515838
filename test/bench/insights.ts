/**
 * Insights, 100,000 calls and 100,000 texts: from the later of the two stats
 * answers (the API client's `api:answer` marks for the stats paths) to the
 * presented frame in which every chart in the first viewport, then every chart
 * on the page, is drawn; the longest task in between; and a legend toggle's
 * Event Timing duration.
 *
 * Selectors are generic (data attributes and roles), so the figures hold
 * whatever draws the charts: a card is `[data-chart]`, drawn once it is not
 * `aria-busy` and either says so (`data-drawn`) or holds marks (SVG shapes,
 * `[data-cell]` or `[data-mark]`).
 */
import type { Browser, Page } from '@playwright/test'
import { readPaint } from './browser'
import { benchSeed, settle } from './log-page'
import {
  eventTimingScript,
  interactionEventMs,
  presentedScript,
  type EventEntry,
} from './paint'
import { summarize, type Summary } from './summary'

export const insightsRecords = 100_000

/** Marks a drawn chart holds, whatever draws it. */
export const chartMarkSelector = 'svg path, svg rect, [data-cell], [data-mark]'

// Scripts for the page are strings: tsx rewrites functions with helpers the page lacks.
const watchCharts = `(() => {
  ${presentedScript}
  const marks = (window.__marks ??= {})
  const asked = {}
  const longTasks = (window.__longTasks = [])
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  const isDrawn = (chart) => {
    if (chart.getAttribute('aria-busy') === 'true') return false
    const said = chart.getAttribute('data-drawn')
    if (said !== null) return said !== 'false'
    return chart.querySelector(${JSON.stringify(chartMarkSelector)}) !== null
  }
  const inFirstViewport = (chart) => chart.getBoundingClientRect().top < innerHeight
  const received = () =>
    ['calls', 'texts'].every((kind) => performance.getEntriesByName('api:answer')
      .some((m) => m.detail && m.detail.path.endsWith('/' + kind + '/stats')))
  const check = () => {
    if (!received()) return false
    const charts = [...document.querySelectorAll('[data-chart]')]
    if (charts.length === 0) return false
    // A mark is written once its frame is presented; readPaint waits for it.
    if (!asked.firstViewport && charts.filter(inFirstViewport).every(isDrawn)) {
      asked.firstViewport = true
      presented((now) => { marks.firstViewport = now })
    }
    if (!asked.charts && charts.every(isDrawn)) {
      asked.charts = true
      presented((now) => { marks.charts = now })
      return true
    }
    return false
  }
  const observer = new MutationObserver(() => { if (check()) observer.disconnect() })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
})()`

const lastStatsAnswer = `Math.max(...['calls', 'texts'].map((kind) =>
  performance.getEntriesByName('api:answer')
    .filter((m) => m.detail.path.endsWith('/' + kind + '/stats'))[0].startTime))`

export type InsightsFigures = {
  records: { calls: number; texts: number }
  chartCount: number
  firstViewportMs: Summary
  allChartsMs: Summary
  /** The longest task from the later stats answer to every chart drawn. */
  longestTaskMs: Summary
  legendToggleEventMs: Summary
}

/** Clicks the first legend entry and returns its Event Timing duration. */
const legendToggle = async (page: Page) => {
  await page.evaluate(eventTimingScript)
  const toggle = page.locator('[data-chart] [role=group] button[aria-pressed]').first()
  await toggle.waitFor()
  await settle(page, 500)
  const start = await page.evaluate<number>('performance.now()')
  await toggle.click()
  const events = await page.evaluate<EventEntry[]>(`new Promise((resolve) => {
    const deadline = performance.now() + 5000
    const poll = () => {
      const mine = window.__events.filter((e) => e.start >= ${start})
      if (mine.length > 0 || performance.now() > deadline) resolve(window.__events)
      else setTimeout(poll, 20)
    }
    poll()
  })`)
  return interactionEventMs(events, start)
}

async function oneRun(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const settings = JSON.stringify({
      calls: insightsRecords,
      texts: insightsRecords,
      seed: benchSeed,
      latency: 0,
      failureRate: 0,
      panel: false,
    })
    await page.addInitScript(
      `localStorage.setItem('callboard.mock', ${JSON.stringify(settings)})`,
    )
    await page.addInitScript(watchCharts)
    await page.goto(`${baseUrl}/insights`, { waitUntil: 'domcontentloaded' })
    const firstViewportAt = await readPaint(page, 'firstViewport')
    const drawnAt = await readPaint(page, 'charts')
    const receivedAt = await page.evaluate<number>(lastStatsAnswer)
    const longestTaskMs = await page.evaluate<number>(
      `Math.max(0, ...window.__longTasks
        .filter((t) => t.start + t.duration > ${receivedAt} && t.start < ${drawnAt})
        .map((t) => t.duration))`,
    )
    const chartCount = await page.evaluate<number>(
      `document.querySelectorAll('[data-chart]').length`,
    )
    if (!(receivedAt <= firstViewportAt && firstViewportAt <= drawnAt)) {
      throw new Error(
        `Out of order: stats at ${receivedAt}, first viewport at ${firstViewportAt}, all at ${drawnAt}.`,
      )
    }
    return {
      firstViewportMs: firstViewportAt - receivedAt,
      allChartsMs: drawnAt - receivedAt,
      longestTaskMs,
      legendToggleEventMs: await legendToggle(page),
      chartCount,
    }
  } finally {
    await context.close()
  }
}

export async function insightsFigures(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<InsightsFigures> {
  const results = []
  for (let run = 0; run < runs; run++) results.push(await oneRun(browser, baseUrl))
  return {
    records: { calls: insightsRecords, texts: insightsRecords },
    chartCount: Math.min(...results.map((r) => r.chartCount)),
    firstViewportMs: summarize(results.map((r) => r.firstViewportMs)),
    allChartsMs: summarize(results.map((r) => r.allChartsMs)),
    longestTaskMs: summarize(results.map((r) => r.longestTaskMs)),
    legendToggleEventMs: summarize(results.map((r) => r.legendToggleEventMs)),
  }
}
