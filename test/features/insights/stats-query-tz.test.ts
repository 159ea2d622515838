// @vitest-environment node
import { describe, expect, it } from 'vitest'

// The browser's zone for this file, set before the modules read it.
process.env.TZ = 'Asia/Tokyo'
const { statsQuery } = await import('@/features/insights/stats-query')

const now = Date.parse('2026-11-20T18:00:00Z')

describe('the time zone a stats query buckets in', () => {
  it('is the browser’s when the page names none', () => {
    expect(statsQuery({}, now).tz).toBe('Asia/Tokyo')
  })

  it('is the page’s when it names one', () => {
    expect(statsQuery({ tz: 'utc' }, now).tz).toBe('UTC')
    expect(statsQuery({ tz: 'America/Chicago' }, now).tz).toBe('America/Chicago')
  })
})
