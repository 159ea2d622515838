export type MeasureName = 'mock:build' | 'mock:query' | 'mock:stats' | 'mock:request'

/**
 * Records the time since `start` as a User Timing measure, which the
 * benchmark and the browser tests read from the page (the worker copies its
 * measures there).
 */
export function recordMeasure(
  name: MeasureName,
  start: number,
  detail: Record<string, unknown>,
): void {
  try {
    performance.measure(name, { start, end: performance.now(), detail })
  } catch {
    // An environment without User Timing measures nothing; the work still counts.
  }
}

/** Runs `work` and records how long it took. */
export function measured<T>(
  name: MeasureName,
  detail: Record<string, unknown>,
  work: () => T,
): T {
  const start = performance.now()
  try {
    return work()
  } finally {
    recordMeasure(name, start, detail)
  }
}
