// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { callStats } from '@/mocks/stats/call-stats'
import { smallDataset } from '../support/small-dataset'

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

// Many calls over one day up to `now`: some are still ringing or talking.
const store = smallDataset({
  seed: 7,
  calls: 3000,
  texts: 0,
  days: 1,
  now: '2026-03-18T16:30:00.000Z',
}).calls()
const stats = callStats(store, {
  from: null,
  to: null,
  facets: [],
  q: null,
  interval: 'hour',
  tz: 'America/Chicago',
})

describe('answer rates', () => {
  it('the data set has calls still under way', () => {
    expect(stats.kpis.in_flight).toBeGreaterThan(0)
  })
  it.each([
    ['heat map cells', stats.heatmap],
    ['agents', stats.by_agent],
    ['sources', stats.by_source],
  ])('%s divide by final calls, as the KPI does', (_, parts) => {
    const answered = sum(parts.map((part) => part.answered))
    const final = sum(parts.map((part) => part.final))
    expect(final).toBe(stats.kpis.final)
    expect(answered).toBe(stats.kpis.connected)
    expect(Math.round((answered / final) * 10_000) / 10_000).toBe(stats.kpis.answer_rate)
    expect(sum(parts.map((part) => part.total))).toBe(stats.kpis.total)
    for (const part of parts) {
      expect(part.answered).toBeLessThanOrEqual(part.final)
      expect(part.final).toBeLessThanOrEqual(part.total)
    }
  })
})
