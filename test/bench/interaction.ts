/**
 * Times one interaction with a log table, two ways:
 * - `rowsMs`: from the pointerdown to the frame that paints the changed rows
 *   (the answer comes back from the API, so this includes the round trip);
 * - `eventMs`: the Event Timing API's duration for that interaction (input to
 *   the next paint after its handlers), the longest entry of its interactionId.
 */
import type { Locator, Page } from '@playwright/test'

export type InteractionTiming = { rowsMs: number; eventMs: number }

// Scripts for the page are strings: tsx rewrites functions with helpers the page lacks.
const install = `(() => {
  if (window.__probe) return
  const probe = (window.__probe = { events: [], run: null })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) probe.events.push({ id: e.interactionId, start: e.startTime, duration: e.duration })
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  addEventListener('pointerdown', (event) => {
    if (probe.run && probe.run.start === null) probe.run.start = event.timeStamp
  }, true)
})()`

/** What the table shows: its row count and first row; a change means new rows. */
const arm = (table: string) => `(() => {
  const table = () => document.querySelector(${JSON.stringify(table)})
  const state = () => {
    const t = table()
    const first = t && t.querySelector('[role="row"][data-index="0"]')
    return (t ? t.getAttribute('aria-rowcount') : '') + '|' + (first ? first.getAttribute('data-row-id') : '')
  }
  const before = state()
  const run = (window.__probe.run = { start: null, paintedAt: null })
  const check = () => {
    const t = table()
    if (run.start === null || !t || t.getAttribute('aria-busy') !== 'false') return
    if (state() === before) return
    observer.disconnect()
    requestAnimationFrame(() => { run.paintedAt = performance.now() })
  }
  const observer = new MutationObserver(check)
  observer.observe(document.body, { subtree: true, childList: true, attributes: true })
})()`

/** Below the 16 ms threshold Event Timing reports nothing: the interaction took under 16 ms. */
const eventDuration = `(() => {
  const { run, events } = window.__probe
  const mine = events.filter((e) => e.start >= run.start - 1)
  if (mine.length === 0) return 16
  const id = mine.reduce((a, b) => (b.start < a.start ? b : a)).id
  return Math.max(...mine.filter((e) => e.id === id).map((e) => e.duration))
})()`

/** Clicks `target` and times it until the table's rows have changed and been painted. */
export async function timeClick(
  page: Page,
  tableSelector: string,
  target: Locator,
): Promise<InteractionTiming> {
  await page.evaluate(install)
  await target.waitFor()
  await page.evaluate(arm(tableSelector))
  await target.click()
  // Polled in the page: a string predicate for waitForFunction would need eval, which the CSP forbids.
  const rowsMs = await page.evaluate<number>(`new Promise((resolve, reject) => {
    const run = window.__probe.run
    const deadline = performance.now() + 30000
    const poll = () => {
      if (run.paintedAt !== null) resolve(run.paintedAt - run.start)
      else if (performance.now() > deadline) reject(new Error('The rows never changed.'))
      else requestAnimationFrame(poll)
    }
    poll()
  })`)
  // Event Timing entries arrive after the paint they end with.
  await page.waitForTimeout(300)
  return { rowsMs, eventMs: await page.evaluate<number>(eventDuration) }
}
