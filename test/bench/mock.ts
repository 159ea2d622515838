/**
 * The mock backend's figures in headless Chromium: how long the data set
 * takes to build, a list query (filter + sort + page + facets) and a stats
 * query take in the mock's worker (read from the User Timing measures it
 * copies onto the page's timeline), and the page's JS heap after paging
 * through 2,000 rows.
 */
import type { Browser } from '@playwright/test'
import { summarize, type Summary } from './summary'

/** The targets the mock commits to for 100,000 records (medians, ms and MB). */
export const mockTargets = {
  buildMs: 1000,
  queryMs: 30,
  statsMs: 50,
  heapMB: 150,
}

const queries: [label: string, path: string][] = [
  ['first page', '/api/v1/calls?sort=-time&limit=100'],
  [
    'vendor + outcome by duration',
    '/api/v1/calls?vendor=ctm&outcome=connected,not-answered&sort=-duration&limit=100',
  ],
  [
    'status + agent + direction',
    '/api/v1/calls?status=ctm.call.answered,ctm.call.no-answer&agent=ana-ruiz,ben-okafor&direction=inbound&sort=status&limit=100',
  ],
  ['name search by status', '/api/v1/calls?q=ana&sort=status&limit=100'],
  ['number search', '/api/v1/calls?q=%2B1%20(312)%20555-01&limit=100'],
  ['last 7 days, oldest first', '/api/v1/calls?from={week}&sort=time&limit=100'],
  ['texts: first page', '/api/v1/texts?limit=100'],
  [
    'texts: body search by segments',
    '/api/v1/texts?q=appointment&sort=-segments&limit=100',
  ],
]

const stats: [label: string, path: string][] = [
  ['calls by day (Chicago)', '/api/v1/calls/stats?interval=day&tz=America/Chicago'],
  [
    'CTM calls by hour, last 7 days (Kolkata)',
    '/api/v1/calls/stats?vendor=ctm&from={week}&interval=hour&tz=Asia/Kolkata',
  ],
  [
    'calls by week, filtered',
    '/api/v1/calls/stats?outcome=connected&direction=outbound&interval=week',
  ],
  ['texts by day', '/api/v1/texts/stats?interval=day&tz=Europe/London'],
]

type Measure = { name: string; duration: number; detail: { log?: string } | null }
type RunResult = {
  build: Record<string, number>
  queries: Record<string, number>
  stats: Record<string, number>
  firstPageAnsweredMs: number
}

// Scripts for the page are strings: tsx rewrites functions with helpers the page lacks.
const runScript = (list: [string, string][], kind: string) => `(async () => {
  const week = new Date(Date.now() - 7 * 864e5).toISOString()
  const out = {}
  for (const [label, path] of ${JSON.stringify(list)}) {
    const before = performance.getEntriesByName('mock:${kind}').length
    const response = await fetch(path.replace('{week}', encodeURIComponent(week)))
    if (!response.ok) throw new Error(path + ' answered ' + response.status)
    await response.json()
    const entries = performance.getEntriesByName('mock:${kind}')
    if (entries.length === before) throw new Error('No mock:${kind} measure for ' + path)
    out[label] = entries[entries.length - 1].duration
  }
  return out
})()`

const pageThrough = `(async () => {
  const rows = []
  let cursor = null
  for (let page = 0; page < 20; page++) {
    const response = await fetch('/api/v1/calls?limit=100' + (cursor ? '&cursor=' + cursor : ''))
    const body = await response.json()
    rows.push(...body.data)
    cursor = body.next_cursor
  }
  window.__benchRows = rows
  return rows.length
})()`

async function oneRun(
  browser: Browser,
  baseUrl: string,
  size: number,
): Promise<RunResult & { heapMB: number }> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const settings = JSON.stringify({
      calls: size,
      texts: size,
      latency: 0,
      failureRate: 0,
      panel: false,
    })
    await page.addInitScript(
      `localStorage.setItem('callboard.mock', ${JSON.stringify(settings)})`,
    )
    await page.goto(`${baseUrl}/calls`)
    // The shell renders once the mock worker intercepts requests.
    await page.getByText('Demo data').waitFor({ timeout: 30_000 })
    const firstPageAnsweredMs = await page.evaluate<number>(
      `fetch('/api/v1/calls?limit=100').then((r) => r.json()).then(() => performance.now())`,
    )
    await page.evaluate(`fetch('/api/v1/texts?limit=1').then((r) => r.json())`)
    const build: Record<string, number> = {}
    for (const entry of await page.evaluate<Measure[]>(
      `performance.getEntriesByName('mock:build').map((m) => ({ name: m.name, duration: m.duration, detail: m.detail }))`,
    )) {
      build[entry.detail?.log ?? 'unknown'] = entry.duration
    }
    const queryTimes = await page.evaluate<Record<string, number>>(
      runScript(queries, 'query'),
    )
    const statsTimes = await page.evaluate<Record<string, number>>(
      runScript(stats, 'stats'),
    )
    await page.evaluate(pageThrough)
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    // Typed arrays live outside the JS heap proper: count their backing stores too.
    const heap = await cdp.send('Runtime.getHeapUsage')
    return {
      build,
      queries: queryTimes,
      stats: statsTimes,
      firstPageAnsweredMs,
      heapMB: megabytes(heap.usedSize + heap.backingStorageSize),
    }
  } finally {
    await context.close()
  }
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

const byLabel = (results: Record<string, number>[]) => {
  const labels = Object.keys(results[0] ?? {})
  return Object.fromEntries(
    labels.map((label) => [label, summarize(results.map((r) => r[label] ?? NaN))]),
  )
}

export type MockFigures = {
  records: number
  buildMs: Record<string, Summary>
  firstPageAnsweredMs: Summary
  queryMs: Summary
  queries: Record<string, Summary>
  statsMs: Summary
  stats: Record<string, Summary>
  /** JS heap plus typed-array backing stores, after paging through 2,000 rows. */
  heapAfter2000RowsMB: Summary
}

/** Figures for one data-set size, each over `runs` fresh pages (a cold build every time). */
export async function mockFigures(
  browser: Browser,
  baseUrl: string,
  size: number,
  runs: number,
): Promise<MockFigures> {
  const results = []
  for (let run = 0; run < runs; run++) results.push(await oneRun(browser, baseUrl, size))
  return {
    records: size,
    buildMs: byLabel(results.map((r) => r.build)),
    firstPageAnsweredMs: summarize(results.map((r) => r.firstPageAnsweredMs)),
    queryMs: summarize(results.flatMap((r) => Object.values(r.queries))),
    queries: byLabel(results.map((r) => r.queries)),
    statsMs: summarize(results.flatMap((r) => Object.values(r.stats))),
    stats: byLabel(results.map((r) => r.stats)),
    heapAfter2000RowsMB: summarize(results.map((r) => r.heapMB)),
  }
}

/** What misses a target at 100,000 records, in words. */
export function mockTargetMisses(figures: MockFigures): string[] {
  const misses: string[] = []
  const check = (what: string, value: number | undefined, target: number) => {
    if (value !== undefined && value > target)
      misses.push(`${what} median ${value} over ${target}`)
  }
  check('mock build (calls) ms', figures.buildMs.calls?.median, mockTargets.buildMs)
  check('mock query ms', figures.queryMs.median, mockTargets.queryMs)
  check('mock stats ms', figures.statsMs.median, mockTargets.statsMs)
  check(
    'JS heap MB after 2,000 rows',
    figures.heapAfter2000RowsMB.median,
    mockTargets.heapMB,
  )
  return misses
}
