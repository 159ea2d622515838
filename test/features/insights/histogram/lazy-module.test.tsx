import { render, renderHook, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  lazyModule,
  preloadModule,
  useLazyModule,
} from '@/features/insights/histogram/lazy-module'

const fakeModule = () => {
  const load = vi.fn(() => Promise.resolve({ Greeting: () => <p>Hello</p> }))
  return { load, module: lazyModule(load) }
}

describe('a lazily loaded module', () => {
  it('is asked for only once wanted, and loaded once however many ask', async () => {
    const { load, module } = fakeModule()
    const { result, rerender } = renderHook(({ when }) => useLazyModule(module, when), {
      initialProps: { when: false },
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(load).not.toHaveBeenCalled()
    rerender({ when: true })
    await waitFor(() => expect(result.current).toBeDefined())
    renderHook(() => useLazyModule(module))
    await preloadModule(module)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('renders what it holds without suspending, and nothing while it is not wanted', async () => {
    const { module } = fakeModule()
    await preloadModule(module)
    function Shown({ when }: { when: boolean }) {
      const Greeting = useLazyModule(module, when)?.Greeting
      return Greeting ? <Greeting /> : <p>Waiting</p>
    }
    // No Suspense boundary here: a suspending component would throw.
    const { rerender } = render(<Shown when={false} />)
    expect(screen.getByText('Waiting')).toBeInTheDocument()
    rerender(<Shown when />)
    expect(screen.getByText('Hello')).toBeInTheDocument()
  })

  it('leaves a module that fails to load unloaded, and says nothing', async () => {
    const module = lazyModule(() => Promise.reject(new Error('chunk failed')))
    const { result } = renderHook(() => useLazyModule(module))
    await expect(preloadModule(module)).rejects.toThrow('chunk failed')
    expect(result.current).toBeUndefined()
  })
})
