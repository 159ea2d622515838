/**
 * Insights: from the later of the two stats answers (the page's User Timing
 * marks `insights:stats:calls` and `insights:stats:texts`) to the frame that
 * paints every chart with its marks.
 */
import type { Browser } from '@playwright/test'
import { readPaint } from './browser'
import { benchSeed } from './log-page'
import { summarize, type Summary } from './summary'

export const insightsRecords = 100_000

/** SVG or HTML marks a drawn chart holds: bars, slices, segments, heat cells. */
const markSelector = '[data-mark]'

// Scripts for the page are strings: tsx rewrites functions with helpers the page lacks.
const watchCharts = `(() => {
  const marks = (window.__marks ??= {})
  const drawn = () => {
    const charts = [...document.querySelectorAll('[data-chart]')]
    return charts.length > 0 && charts.every((chart) =>
      chart.getAttribute('aria-busy') === 'false' && chart.querySelector(${JSON.stringify(markSelector)}))
  }
  const received = () =>
    performance.getEntriesByName('insights:stats:calls').length > 0 &&
    performance.getEntriesByName('insights:stats:texts').length > 0
  const check = () => {
    if (marks.charts !== undefined || !received() || !drawn()) return false
    requestAnimationFrame(() => { marks.charts ??= performance.now() })
    return true
  }
  const observer = new MutationObserver(() => { if (check()) observer.disconnect() })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
})()`

const lastStatsMark = `Math.max(...['calls', 'texts'].map((kind) =>
  performance.getEntriesByName('insights:stats:' + kind)[0].startTime))`

export type InsightsFigures = {
  records: { calls: number; texts: number }
  chartCount: number
  /** The later stats answer to every chart painted. */
  chartsMs: Summary
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
    const drawnAt = await readPaint(page, 'charts')
    const receivedAt = await page.evaluate<number>(lastStatsMark)
    const chartCount = await page.evaluate<number>(
      `document.querySelectorAll('[data-chart]').length`,
    )
    return { chartsMs: drawnAt - receivedAt, chartCount }
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
    chartsMs: summarize(results.map((r) => r.chartsMs)),
  }
}
