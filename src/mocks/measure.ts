export type MeasureName = 'mock:build' | 'mock:query' | 'mock:stats'

/**
 * Runs `work` and records how long it took as a User Timing measure, which
 * the benchmark reads from the page (the worker copies its measures there).
 */
export function measured<T>(
  name: MeasureName,
  detail: Record<string, unknown>,
  work: () => T,
): T {
  const start = performance.now()
  try {
    return work()
  } finally {
    try {
      performance.measure(name, { start, end: performance.now(), detail })
    } catch {
      // An environment without User Timing measures nothing; the work still counts.
    }
  }
}
