/**
 * A User Timing mark when each log's stats arrive on the Insights page, so
 * `npm run bench` can time "data received → all charts drawn". Harmless
 * where the Performance API is missing.
 */
const statsMark = (kind: string) => `insights:stats:${kind}`

export function markStatsReceived<T>(kind: string, data: T): T {
  // Node without a DOM still has performance.mark; very old browsers may not.
  if (typeof performance !== 'undefined') performance.mark(statsMark(kind))
  return data
}
