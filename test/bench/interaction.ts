/**
 * Times one interaction with a log table, three ways:
 * - `rowsMs`: from the pointerdown to the presented frame holding the changed
 *   rows (the answer comes back from the API, so this includes the round trip);
 * - `answerToRowsMs`: from the answer's body parsed (the API client's
 *   `api:answer` mark) to that same frame;
 * - `eventMs`: the Event Timing API's duration for the click (input to the next
 *   paint after its handlers), the longest entry of its interactionId. A click
 *   with no entry fails the run.
 */
import type { Locator, Page } from '@playwright/test'
import {
  eventTimingScript,
  interactionEventMs,
  presentedScript,
  type EventEntry,
} from './paint'

export type InteractionTiming = {
  rowsMs: number
  answerToRowsMs: number
  eventMs: number
}

// Scripts for the page are strings: tsx rewrites functions with helpers the page lacks.
const install = `(() => {
  ${eventTimingScript}
  if (window.__probe) return
  const probe = (window.__probe = { run: null })
  addEventListener('pointerdown', (event) => {
    if (probe.run && probe.run.start === null) probe.run.start = event.timeStamp
  }, true)
})()`

/** What the table shows: its row count and first row; a change means new rows. */
const arm = (table: string) => `(() => {
  ${presentedScript}
  const table = () => document.querySelector(${JSON.stringify(table)})
  const state = () => {
    const t = table()
    const first = t && t.querySelector('[role="row"][data-index="0"]')
    return (t ? t.getAttribute('aria-rowcount') : '') + '|' + (first ? first.getAttribute('data-row-id') : '')
  }
  const before = state()
  const run = (window.__probe.run = { start: null, paintedAt: null, answerAt: null })
  const check = () => {
    const t = table()
    if (run.start === null || !t || t.getAttribute('aria-busy') !== 'false') return
    if (state() === before) return
    observer.disconnect()
    const answers = performance.getEntriesByName('api:answer')
      .filter((m) => m.startTime >= run.start && m.detail && /\\/(calls|texts)$/.test(m.detail.path))
    run.answerAt = answers.length > 0 ? answers[answers.length - 1].startTime : null
    presented((now) => { run.paintedAt = now })
  }
  const observer = new MutationObserver(check)
  observer.observe(document.body, { subtree: true, childList: true, attributes: true })
})()`

/** Clicks `target` and times it until the table's rows have changed and been presented. */
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
  const run = await page.evaluate<{
    start: number
    paintedAt: number
    answerAt: number | null
  }>(`new Promise((resolve, reject) => {
    const run = window.__probe.run
    const deadline = performance.now() + 30000
    const poll = () => {
      if (run.paintedAt !== null) resolve(run)
      else if (performance.now() > deadline) reject(new Error('The rows never changed.'))
      else requestAnimationFrame(poll)
    }
    poll()
  })`)
  if (run.answerAt === null) throw new Error('The new rows came with no api:answer mark.')
  // Event Timing entries arrive after the paint they end with: wait for this click's.
  const events = await page.evaluate<EventEntry[]>(`new Promise((resolve) => {
    const deadline = performance.now() + 5000
    const poll = () => {
      const mine = window.__events.filter((e) => e.start >= ${run.start} - 1)
      if (mine.length > 0 || performance.now() > deadline) resolve(window.__events)
      else setTimeout(poll, 20)
    }
    poll()
  })`)
  return {
    rowsMs: run.paintedAt - run.start,
    answerToRowsMs: run.paintedAt - run.answerAt,
    eventMs: interactionEventMs(events, run.start),
  }
}
