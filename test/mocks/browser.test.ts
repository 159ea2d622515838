import { describe, expect, it, vi } from 'vitest'
import type * as CallStoreModule from '@/mocks/data/call-store'

const builds = vi.hoisted(() => ({ calls: 0, texts: 0 }))

vi.mock('@/mocks/data/call-store', async (importOriginal) => {
  const original = await importOriginal<typeof CallStoreModule>()
  return {
    ...original,
    buildCallStore: (...args: Parameters<typeof original.buildCallStore>) => {
      builds.calls++
      return original.buildCallStore(...args)
    },
  }
})

describe('the browser entry point', () => {
  it('builds no data when it is loaded: the first request does', async () => {
    // A fresh module graph, so the counting build above is the one loaded.
    vi.resetModules()
    await import('@/mocks/browser')
    expect(builds.calls).toBe(0)
    const { currentDataset } = await import('@/mocks/data/dataset')
    currentDataset().calls()
    expect(builds.calls).toBe(1)
  })
})
