import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { advanceViewNow, useViewNow } from '@/lib/use-view-now'

afterEach(() => {
  vi.useRealTimers()
})

describe('useViewNow', () => {
  it('gives Insights and a log opened later on the same range one instant', () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-18T16:30:00Z'), toFake: ['Date'] })
    const insights = renderHook(() => useViewNow('30d'))
    const seen = insights.result.current
    insights.unmount()
    // A minute later the user opens the Activity Log, same range.
    vi.setSystemTime(Date.parse('2026-03-18T16:31:00Z'))
    const log = renderHook(() => useViewNow('30d'))
    const histogram = renderHook(() => useViewNow('30d'))
    expect(log.result.current).toBe(seen)
    expect(histogram.result.current).toBe(seen)
  })

  it('reads the clock again when the range changes', () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-18T17:00:00Z'), toFake: ['Date'] })
    const view = renderHook(({ key }) => useViewNow(key), {
      initialProps: { key: '7d' },
    })
    vi.setSystemTime(Date.parse('2026-03-18T17:05:00Z'))
    view.rerender({ key: '90d' })
    expect(view.result.current).toBe(Date.parse('2026-03-18T17:05:00Z'))
  })
})

describe('advanceViewNow', () => {
  it('moves every view on the range to the new instant, and never back', () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-18T18:00:00Z'), toFake: ['Date'] })
    const log = renderHook(() => useViewNow('1h'))
    const histogram = renderHook(() => useViewNow('1h'))
    const refreshed = Date.parse('2026-03-18T18:02:00Z')
    act(() => {
      advanceViewNow(refreshed)
    })
    expect(log.result.current).toBe(refreshed)
    expect(histogram.result.current).toBe(refreshed)
    act(() => {
      advanceViewNow(refreshed - 60_000)
    })
    expect(log.result.current).toBe(refreshed)
  })
})
