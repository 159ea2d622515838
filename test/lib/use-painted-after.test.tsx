import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { usePaintedAfter } from '@/lib/use-painted-after'

describe('usePaintedAfter', () => {
  it('stays false until ready, turns true after the next frame, and stays true', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame')
    const { result, rerender } = renderHook(({ ready }) => usePaintedAfter(ready), {
      initialProps: { ready: false },
    })
    expect(result.current).toBe(false)
    expect(frame).not.toHaveBeenCalled()
    rerender({ ready: true })
    expect(result.current).toBe(false)
    await waitFor(() => expect(result.current).toBe(true))
    expect(frame).toHaveBeenCalledTimes(1)
    // Latched: later changes (a filter that empties the log) change nothing.
    rerender({ ready: false })
    expect(result.current).toBe(true)
  })

  it('waits for nothing once unmounted', () => {
    const cancel = vi.spyOn(window, 'cancelAnimationFrame')
    const { unmount } = renderHook(() => usePaintedAfter(true))
    unmount()
    expect(cancel).toHaveBeenCalledTimes(1)
  })
})
