/**
 * The Activity Log's figures in headless Chromium, each over fresh pages: the
 * cold first rows (the headline) and the histogram after them, a sort and a
 * filter change, a steady scroll, and the heap (page and data worker) after
 * 2,000 rows.
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
/** The data set the interactions, the scroll and the heap are measured on. */
export const interactionCalls = 100_000

type ColdRun = { totalMs: number; histogramAfterRowsMs: number; mockBuildMs: number }

export type LogPageFigures = {
  /** Cold navigation → first rows presented with the demo's default data set. */
  coldFirstRows: Record<keyof ColdRun, Summary>
  interactionCalls: number
  sort: Record<keyof InteractionTiming, Summary>
  filter: Record<keyof InteractionTiming, Summary>
  scroll: Record<keyof ScrollFigures, Summary> & { seconds: number; speedPxPerS: number }
  heapAfter2000RowsMB: Summary
}

/** First rows on a cold page (the mock's build, part of the wait, is reported too, never subtracted). */
async function coldFirstRows(browser: Browser, baseUrl: string): Promise<ColdRun> {
  const { context, page } = await openActivityLog(browser, baseUrl, undefined)
  try {
    const totalMs = await readPaint(page, 'rows')
    const histogramMs = await readPaint(page, 'histogram')
    return {
      totalMs,
      histogramAfterRowsMs: histogramMs - totalMs,
      mockBuildMs: await callsBuildMs(page),
    }
  } finally {
    await context.close()
  }
}

/** A sort (Duration) and a status filter (CTM Busy) once the page is quiet. */
async function interactions(browser: Browser, baseUrl: string) {
  const { context, page } = await openActivityLog(browser, baseUrl, interactionCalls)
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
    return { sort, filter }
  } finally {
    await context.close()
  }
}

async function scrolling(browser: Browser, baseUrl: string) {
  const { context, page } = await openActivityLog(browser, baseUrl, interactionCalls)
  try {
    await settle(page)
    const scroll = await scrollSteadily(page, tableSelector, scrollSeconds)
    await scrollToRow(page, tableSelector, heapRows)
    return { scroll, heapMB: await heapMB(browser, context, page) }
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

/** `runs` rounds; each round takes every figure once, so noise spreads evenly. */
export async function logPageFigures(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<LogPageFigures> {
  const rounds: {
    cold: ColdRun
    sort: InteractionTiming
    filter: InteractionTiming
    scroll: ScrollFigures
    heapMB: number
  }[] = []
  for (let run = 0; run < runs; run++) {
    const cold = await coldFirstRows(browser, baseUrl)
    const measured = await interactions(browser, baseUrl)
    const scrolled = await scrolling(browser, baseUrl)
    rounds.push({ cold, ...measured, ...scrolled })
  }
  return {
    coldFirstRows: summarizeEach(rounds.map((r) => r.cold)),
    interactionCalls,
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
