import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bandOf, useWidthBand } from '@/lib/use-width-band'

/** A ResizeObserver the test drives: `resize` reports a new border-box width. */
function fakeResizeObserver() {
  const observers: { callback: ResizeObserverCallback; target?: Element }[] = []
  class FakeObserver {
    readonly entry: (typeof observers)[number]
    constructor(callback: ResizeObserverCallback) {
      this.entry = { callback }
      observers.push(this.entry)
    }
    observe(target: Element) {
      this.entry.target = target
    }
    disconnect() {
      observers.splice(observers.indexOf(this.entry), 1)
    }
  }
  vi.stubGlobal('ResizeObserver', FakeObserver)
  return {
    resize: (inlineSize: number) =>
      act(() => {
        for (const { callback, target } of observers)
          callback(
            [{ target, borderBoxSize: [{ inlineSize, blockSize: 600 }] } as never],
            {} as ResizeObserver,
          )
      }),
    count: () => observers.length,
  }
}

afterEach(() => vi.unstubAllGlobals())

describe('useWidthBand', () => {
  it('picks the largest breakpoint a width reaches', () => {
    expect(bandOf(1440, [640, 1280, 1024])).toBe(1280)
    expect(bandOf(800, [640, 1280, 1024])).toBe(640)
    expect(bandOf(390, [640, 1280])).toBe(0)
  })

  it("follows the element's own width, not the window's, and re-renders only across a breakpoint", () => {
    const observer = fakeResizeObserver()
    const element = { current: document.createElement('div') }
    let renders = 0
    const view = renderHook(() => {
      renders += 1
      return useWidthBand([640, 1280], element)
    })
    // Until it is measured, the window's width stands in.
    expect(view.result.current).toBe(bandOf(window.innerWidth, [640, 1280]))
    observer.resize(1440)
    expect(view.result.current).toBe(1280)
    // A panel opens beside it: the window is as wide, the element is not.
    observer.resize(960)
    expect(view.result.current).toBe(640)
    const settled = renders
    observer.resize(900)
    observer.resize(800)
    expect(renders).toBe(settled)
    observer.resize(1440)
    expect(view.result.current).toBe(1280)
    view.unmount()
    expect(observer.count()).toBe(0)
  })

  it('follows the window without an element', () => {
    vi.stubGlobal('innerWidth', 1440)
    const view = renderHook(() => useWidthBand([640, 1280]))
    expect(view.result.current).toBe(1280)
    act(() => {
      vi.stubGlobal('innerWidth', 700)
      window.dispatchEvent(new Event('resize'))
    })
    expect(view.result.current).toBe(640)
  })
})
