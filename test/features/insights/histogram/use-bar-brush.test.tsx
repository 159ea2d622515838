import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useBarBrush } from '@/features/insights/histogram/use-bar-brush'

const release = () =>
  act(() => {
    window.dispatchEvent(new MouseEvent('mouseup'))
  })

describe('a drag across the bars', () => {
  it('shades the bars it crosses and selects them on release, wherever the button comes up', () => {
    const onSelect = vi.fn()
    const { result } = renderHook(() => useBarBrush(onSelect))
    act(() => result.current.onPress(3))
    expect(result.current.span).toEqual({ from: 3, to: 3 })
    act(() => result.current.onDrag(5))
    act(() => result.current.onDrag(1))
    expect(result.current.span).toEqual({ from: 3, to: 1 })
    expect(onSelect).not.toHaveBeenCalled()
    release()
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(3, 1)
    expect(result.current.span).toBeNull()
  })

  it('selects the one bar of a click', () => {
    const onSelect = vi.fn()
    const { result } = renderHook(() => useBarBrush(onSelect))
    act(() => result.current.onPress(2))
    release()
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(2, 2)
  })

  it('ignores moving over bars with no press, and a release after the drag ended', () => {
    const onSelect = vi.fn()
    const { result } = renderHook(() => useBarBrush(onSelect))
    act(() => result.current.onDrag(4))
    expect(result.current.span).toBeNull()
    act(() => result.current.onPress(0))
    release()
    release()
    expect(onSelect).toHaveBeenCalledOnce()
  })
})
