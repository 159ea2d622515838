// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prewarm, spareTime } from '@/mocks/engine/prewarm'
import { smallDataset } from '../support/small-dataset'

const store = () =>
  smallDataset({
    seed: 1,
    calls: 40,
    texts: 40,
    days: 3,
    now: '2026-03-18T16:30:00Z',
  }).calls()

afterEach(() => vi.unstubAllGlobals())

describe('prewarm', () => {
  it('sorts the log every other way in idle time, one task per callback', () => {
    const callbacks: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) =>
      callbacks.push(callback),
    )
    const calls = store()
    prewarm(calls)
    expect(calls.memo.size).toBe(0)
    let tasks = 0
    while (callbacks.length > 0) {
      callbacks.shift()?.()
      tasks++
    }
    expect(tasks).toBeGreaterThan(4)
    expect([...calls.memo.keys()]).toEqual(
      expect.arrayContaining([
        'order:-duration',
        'order:duration',
        'order:-status',
        'order:status',
      ]),
    )
  })

  it('leaves the work for later where there is no idle time to use', () => {
    const calls = store()
    calls.memo.clear()
    prewarm(calls)
    expect(calls.memo.size).toBe(0)
  })
})

describe('spare time', () => {
  it('is the next macrotask in a worker, which has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    vi.stubGlobal('WorkerGlobalScope', function WorkerGlobalScope() {})
    const schedule = spareTime()
    expect(schedule).not.toBeNull()
    const calls = store()
    calls.memo.clear()
    prewarm(calls, schedule)
    expect(calls.memo.size).toBe(0)
    await vi.waitFor(() => expect(calls.memo.has('order:-duration')).toBe(true))
  })

  it('is none in node, outside any worker', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    expect(spareTime()).toBeNull()
  })
})
