/**
 * The Activity Log's figures in headless Chromium, each over fresh pages:
 * first rows at two data-set sizes (with the mock's build reported apart),
 * a sort and a filter change, a steady scroll, and the heap after 2,000 rows.
 */
import type { Browser } from '@playwright/test'
import { readPaint } from './browser'
import { timeClick, type InteractionTiming } from './interaction'
import { callsBuildMs, openActivityLog, settle, tableSelector } from './log-page'
import {
  heapMB,
  scrollSpeedPxPerS,
  scrollSteadily,
  scrollToRow,
  type ScrollFigures,
} from './scroll'
import { summarize, type Summary } from './summary'

export const scrollSeconds = 5
export const heapRows = 2000

type FirstRows = { totalMs: number; buildMs: number; withoutBuildMs: number }

export type FirstRowsFigures = {
  calls: number
  /** Navigation to the first rows painted, the mock's build included. */
  totalMs: Summary
  /** The mock's build of the calls log, timed inside the page (mock:build). */
  buildMs: Summary
  /** totalMs less the build, per run: the app's own cost with a ready backend. */
  withoutBuildMs: Summary
}

export type LogPageFigures = {
  firstRows: FirstRowsFigures[]
  sort: { rowsMs: Summary; eventMs: Summary }
  filter: { rowsMs: Summary; eventMs: Summary }
  scroll: Record<keyof ScrollFigures, Summary> & { seconds: number; speedPxPerS: number }
  heapAfter2000RowsMB: Summary
}

async function firstRows(browser: Browser, baseUrl: string, calls: number) {
  const { context, page } = await openActivityLog(browser, baseUrl, calls)
  const totalMs = await readPaint(page, 'rows')
  const buildMs = await callsBuildMs(page)
  return {
    context,
    page,
    figures: { totalMs, buildMs, withoutBuildMs: totalMs - buildMs },
  }
}

/** First rows, then a sort (Duration) and a status filter (CTM Busy) once the page is quiet. */
async function interactions(browser: Browser, baseUrl: string, calls: number) {
  const { context, page, figures } = await firstRows(browser, baseUrl, calls)
  try {
    const table = page.getByRole('table', { name: 'Activity Log' })
    await settle(page)
    const sort = await timeClick(
      page,
      tableSelector,
      table.getByRole('button', { name: 'Duration' }),
    )
    await page.getByRole('search').getByRole('button', { name: 'Status' }).click()
    await page.getByRole('dialog', { name: 'Filter by status' }).waitFor()
    await settle(page, 500)
    const filter = await timeClick(
      page,
      tableSelector,
      page
        .getByRole('group', { name: 'CTM calls' })
        .getByRole('checkbox', { name: /Busy/ }),
    )
    return { firstRows: figures, sort, filter }
  } finally {
    await context.close()
  }
}

async function scrolling(browser: Browser, baseUrl: string, calls: number) {
  const { context, page } = await openActivityLog(browser, baseUrl, calls)
  try {
    await settle(page)
    const scroll = await scrollSteadily(page, tableSelector, scrollSeconds)
    await scrollToRow(page, tableSelector, heapRows)
    return { scroll, heapMB: await heapMB(context, page) }
  } finally {
    await context.close()
  }
}

const summarizeEach = <K extends string>(runs: Record<K, number>[]) =>
  Object.fromEntries(
    (Object.keys(runs[0] ?? {}) as K[]).map((key) => [
      key,
      summarize(runs.map((run) => run[key])),
    ]),
  ) as Record<K, Summary>

const firstRowsFigures = (calls: number, runs: FirstRows[]): FirstRowsFigures => ({
  calls,
  ...summarizeEach(runs),
})

/** `runs` rounds; each round takes every figure once, sizes interleaved, so noise spreads evenly. */
export async function logPageFigures(
  browser: Browser,
  baseUrl: string,
  runs: number,
  sizes: readonly [number, number] = [100_000, 500_000],
): Promise<LogPageFigures> {
  const [base, large] = sizes
  const rounds: {
    firstRows: FirstRows
    largeFirstRows: FirstRows
    sort: InteractionTiming
    filter: InteractionTiming
    scroll: ScrollFigures
    heapMB: number
  }[] = []
  for (let run = 0; run < runs; run++) {
    const measured = await interactions(browser, baseUrl, base)
    const largeLoad = await firstRows(browser, baseUrl, large)
    await largeLoad.context.close()
    const scrolled = await scrolling(browser, baseUrl, base)
    rounds.push({ ...measured, largeFirstRows: largeLoad.figures, ...scrolled })
  }
  return {
    firstRows: [
      firstRowsFigures(
        base,
        rounds.map((r) => r.firstRows),
      ),
      firstRowsFigures(
        large,
        rounds.map((r) => r.largeFirstRows),
      ),
    ],
    sort: summarizeEach(rounds.map((r) => r.sort)),
    filter: summarizeEach(rounds.map((r) => r.filter)),
    scroll: {
      seconds: scrollSeconds,
      speedPxPerS: scrollSpeedPxPerS,
      ...summarizeEach(rounds.map((r) => r.scroll)),
    },
    heapAfter2000RowsMB: summarize(rounds.map((r) => r.heapMB)),
  }
}
