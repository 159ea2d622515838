import { describe, expect, it, vi } from 'vitest'
import {
  activeDataset,
  activeDatasetKey,
  setActiveDataset,
  subscribeActiveDataset,
} from '@/lib/datasets/active-dataset'

const set = { id: 'set-1', name: 'calls.csv', revision: 'r1', from: 1, to: 2 }

describe('the active data set', () => {
  it('is remembered in localStorage, the same object while it does not change', () => {
    const listener = vi.fn()
    const stop = subscribeActiveDataset(listener)
    setActiveDataset(set)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(activeDataset()).toEqual(set)
    expect(activeDataset()).toBe(activeDataset())
    expect(JSON.parse(localStorage.getItem(activeDatasetKey) ?? '')).toEqual(set)
    setActiveDataset(null)
    expect(activeDataset()).toBeNull()
    stop()
  })

  it('is the demo data when storage holds nonsense', () => {
    localStorage.setItem(activeDatasetKey, '{"id": 3')
    expect(activeDataset()).toBeNull()
    localStorage.setItem(activeDatasetKey, JSON.stringify({ id: 'x' }))
    expect(activeDataset()).toBeNull()
  })
})
