/**
 * Scrolling a log table: a steady scroll for a few seconds (long tasks,
 * frames on time, rows in the DOM), then on down to a given row and the
 * JS heap that leaves.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test'

export type ScrollFigures = {
  /** Long tasks (over 50 ms) while scrolling, and the longest of them. */
  longTasks: number
  longestTaskMs: number
  /** Frames painted on time (one vsync, 16.7 ms) as a share of the frames the span had room for. */
  framesOnTimePct: number
  /** The most rows (header and placeholders included) the table held at once. */
  maxRowsInDom: number
  rowsScrolled: number
}

export const scrollSpeedPxPerS = 4000
const frameMs = 1000 / 60
// rAF timestamps are vsync-aligned but jitter by a fraction of a millisecond.
const onTimeMs = frameMs + 1

// Scripts for the page are strings: tsx rewrites functions with helpers the page lacks.
const steadyScroll = (table: string, seconds: number) => `new Promise((resolve) => {
  const table = document.querySelector(${JSON.stringify(table)})
  const scroller = table.parentElement
  const longTasks = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration)
  })
  observer.observe({ type: 'longtask' })
  const gaps = []
  let maxRows = 0
  let first = null
  let last = null
  const top = scroller.scrollTop
  const rowAt = () => Number(table.querySelector('[role="row"][data-index]')?.getAttribute('data-index') ?? 0)
  const startRow = rowAt()
  const frame = (now) => {
    if (first === null) first = now
    if (last !== null) gaps.push(now - last)
    last = now
    maxRows = Math.max(maxRows, table.querySelectorAll('[role="row"]').length)
    scroller.scrollTop = top + (${scrollSpeedPxPerS} * (now - first)) / 1000
    if (now - first < ${seconds * 1000}) requestAnimationFrame(frame)
    else setTimeout(() => {
      observer.disconnect()
      const expected = Math.round((last - first) / ${frameMs})
      const onTime = gaps.filter((gap) => gap <= ${onTimeMs}).length
      resolve({
        longTasks: longTasks.length,
        longestTaskMs: Math.max(0, ...longTasks),
        framesOnTimePct: Math.min(100, (100 * onTime) / expected),
        maxRowsInDom: maxRows,
        rowsScrolled: rowAt() - startRow,
      })
    }, 200)
  }
  requestAnimationFrame(frame)
})`

/** Scrolls the table steadily at `scrollSpeedPxPerS` for `seconds`. */
export function scrollSteadily(
  page: Page,
  tableSelector: string,
  seconds: number,
): Promise<ScrollFigures> {
  return page.evaluate<ScrollFigures>(steadyScroll(tableSelector, seconds))
}

/**
 * Scrolls on, page after page, until the row at `index` has been reached: a
 * jump of 2,000 px can pass over it, as the DOM holds only a screenful.
 */
export async function scrollToRow(
  page: Page,
  tableSelector: string,
  index: number,
): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const table = document.querySelector(${JSON.stringify(tableSelector)})
    const deadline = performance.now() + 60000
    const step = () => {
      const shown = [...table.querySelectorAll('[role="row"][data-index]')]
      if (shown.some((row) => Number(row.getAttribute('data-index')) >= ${index})) return resolve()
      if (performance.now() > deadline) return reject(new Error('Row ${index} never came.'))
      table.parentElement.scrollTop += 2000
      requestAnimationFrame(step)
    }
    step()
  })`)
}

/**
 * Sends one CDP command to a target (the data worker) through the browser's
 * session: Playwright's sessions reach pages and frames, not dedicated workers.
 */
async function sendToTarget(
  cdp: CDPSession,
  sessionId: string,
  id: number,
  method: string,
): Promise<Record<string, unknown>> {
  const answer = new Promise<Record<string, unknown>>((resolve, reject) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return
      const message = JSON.parse(event.message) as {
        id?: number
        result?: Record<string, unknown>
        error?: { message: string }
      }
      if (message.id !== id) return
      cdp.off('Target.receivedMessageFromTarget', onMessage)
      if (message.error) reject(new Error(`${method}: ${message.error.message}`))
      else resolve(message.result ?? {})
    }
    cdp.on('Target.receivedMessageFromTarget', onMessage)
  })
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id, method }),
  })
  return answer
}

/** Every dedicated worker's JS heap in bytes, after a garbage collection in each. */
async function workerHeapBytes(browser: Browser, page: Page): Promise<number[]> {
  if (page.workers().length === 0) throw new Error('The page runs no data worker.')
  const origin = new URL(page.url()).origin
  const cdp = await browser.newBrowserCDPSession()
  try {
    const { targetInfos } = await cdp.send('Target.getTargets')
    const workers = targetInfos.filter(
      (target) => target.type === 'worker' && target.url.startsWith(origin),
    )
    const sizes: number[] = []
    for (const worker of workers) {
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: worker.targetId,
        flatten: false,
      })
      await sendToTarget(cdp, sessionId, 1, 'HeapProfiler.collectGarbage')
      const usage = await sendToTarget(cdp, sessionId, 2, 'Runtime.getHeapUsage')
      sizes.push(Number(usage.usedSize))
      await cdp.send('Target.detachFromTarget', { sessionId })
    }
    if (sizes.length === 0) throw new Error('CDP found no worker of the page.')
    return sizes
  } finally {
    await cdp.detach()
  }
}

/**
 * The JS heap in MB of the page and of its data worker (the mock's isolate),
 * each after a full garbage collection (CDP JSHeapUsedSize, Runtime.getHeapUsage).
 */
export async function heapMB(
  browser: Browser,
  context: BrowserContext,
  page: Page,
): Promise<number> {
  const cdp = await context.newCDPSession(page)
  let pageBytes: number
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value
    if (used === undefined) throw new Error('CDP reported no JSHeapUsedSize.')
    pageBytes = used
  } finally {
    await cdp.detach()
  }
  const workers = await workerHeapBytes(browser, page)
  const total = pageBytes + workers.reduce((sum, bytes) => sum + bytes, 0)
  return Math.round((total / 1024 / 1024) * 10) / 10
}
