/**
 * When a change is on screen, and how long an input took, as the page saw them.
 * Shared by every timed figure so none of them stops counting early.
 */

/**
 * Page script (a string: tsx rewrites functions with helpers the page lacks):
 * `presented(done)` calls `done(now)` once the next frame has been produced. A
 * requestAnimationFrame callback runs at the start of the frame, before its
 * style, layout and paint; the task queued from it runs after them.
 */
export const presentedScript = `const presented = (done) => requestAnimationFrame(() => {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => done(performance.now())
  channel.port2.postMessage(null)
})`

/** An Event Timing entry, as the page reports it. */
export type EventEntry = { id: number; name: string; start: number; duration: number }

/**
 * The Event Timing duration of the first interaction at or after `startMs`: its
 * longest entry. No entry means the measurement failed (Event Timing reports
 * every interaction of 16 ms or more, and the page asked for them all), so this
 * throws rather than guessing a figure.
 */
export function interactionEventMs(entries: EventEntry[], startMs: number): number {
  const mine = entries.filter((entry) => entry.id > 0 && entry.start >= startMs - 1)
  if (mine.length === 0) {
    throw new Error(
      `No Event Timing entry for the interaction at ${Math.round(startMs)} ms.`,
    )
  }
  const first = mine.reduce((a, b) => (b.start < a.start ? b : a))
  return Math.max(...mine.filter((e) => e.id === first.id).map((e) => e.duration))
}

/** Page script: records every Event Timing entry with an interaction in `window.__events`. */
export const eventTimingScript = `(() => {
  if (window.__events) return
  const events = (window.__events = [])
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration })
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
})()`
