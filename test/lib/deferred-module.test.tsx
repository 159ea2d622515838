import { render, renderHook, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { deferredModule, preloadDeferred, useDeferredModule } from '@/lib/deferred-module'

const fakeModule = () => {
  const load = vi.fn(() => Promise.resolve({ Greeting: () => <p>Hello</p> }))
  return { load, module: deferredModule(load) }
}

describe('a lazily loaded module', () => {
  it('is asked for only once wanted, and loaded once however many ask', async () => {
    const { load, module } = fakeModule()
    const { result, rerender } = renderHook(
      ({ when }) => useDeferredModule(module, when),
      {
        initialProps: { when: false },
      },
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(load).not.toHaveBeenCalled()
    rerender({ when: true })
    await waitFor(() => expect(result.current).toBeDefined())
    renderHook(() => useDeferredModule(module))
    await module.load()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('renders what it holds without suspending, and nothing while it is not wanted', async () => {
    const { module } = fakeModule()
    await module.load()
    function Shown({ when }: { when: boolean }) {
      const Greeting = useDeferredModule(module, when)?.Greeting
      return Greeting ? <Greeting /> : <p>Waiting</p>
    }
    // No Suspense boundary here: a suspending component would throw.
    const { rerender } = render(<Shown when={false} />)
    expect(screen.getByText('Waiting')).toBeInTheDocument()
    rerender(<Shown when />)
    expect(screen.getByText('Hello')).toBeInTheDocument()
  })

  it('leaves a module that fails to load unloaded, and says nothing', async () => {
    const module = deferredModule(() => Promise.reject(new Error('chunk failed')))
    const { result } = renderHook(() => useDeferredModule(module))
    await expect(module.load()).rejects.toThrow('chunk failed')
    expect(result.current).toBeUndefined()
  })

  it('holds the module in `current` once loaded, and loads it once however often asked', async () => {
    const { load, module } = fakeModule()
    expect(module.current).toBeUndefined()
    const [first, second] = await Promise.all([module.load(), module.load()])
    expect(first).toBe(second)
    expect(module.current).toBe(first)
    await module.load()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('preloads ahead of need, ready for the first render that wants it', async () => {
    const { load, module } = fakeModule()
    preloadDeferred(module)
    expect(load).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(module.current).toBeDefined())
    function Shown() {
      const Greeting = useDeferredModule(module)?.Greeting
      return Greeting ? <Greeting /> : <p>Waiting</p>
    }
    render(<Shown />)
    expect(screen.getByText('Hello')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps the stand-in when a preloaded chunk fails, and throws nothing', async () => {
    const load = vi.fn(() =>
      Promise.reject<{ Greeting: () => ReactNode }>(new Error('chunk failed')),
    )
    const module = deferredModule(load)
    expect(() => preloadDeferred(module)).not.toThrow()
    function Shown() {
      const Greeting = useDeferredModule(module)?.Greeting
      return Greeting ? <Greeting /> : <p>Waiting</p>
    }
    render(<Shown />)
    await expect(module.load()).rejects.toThrow('chunk failed')
    expect(screen.getByText('Waiting')).toBeInTheDocument()
    expect(module.current).toBeUndefined()
    expect(load).toHaveBeenCalledTimes(1)
  })
})
