// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { currentDataset } from '@/mocks/data/dataset'
import { defaultSettings, type MockSettings } from '@/mocks/settings/mock-settings'

const settings: MockSettings = {
  ...defaultSettings,
  seed: 42,
  calls: 400,
  texts: 400,
  now: '2026-03-18T16:30:00.000Z',
}

const snapshot = (input: MockSettings) => {
  const dataset = currentDataset(input)
  const calls = dataset.calls()
  const texts = dataset.texts()
  return {
    calls: Array.from({ length: calls.size }, (_, i) => calls.record(i)),
    texts: Array.from({ length: texts.size }, (_, i) => texts.record(i)),
  }
}

describe('the data generator', () => {
  it('gives the same records for the same seed, sizes and now', () => {
    const first = snapshot(settings)
    // A different data set in between, so nothing is served from the cache.
    snapshot({ ...settings, seed: 43 })
    expect(snapshot({ ...settings })).toEqual(first)
  })

  it('gives different records for another seed', () => {
    const a = snapshot(settings)
    const b = snapshot({ ...settings, seed: 43 })
    expect(b.calls.map((call) => call.id)).not.toEqual(a.calls.map((call) => call.id))
    expect(b.calls.map((call) => call.started_at)).not.toEqual(
      a.calls.map((call) => call.started_at),
    )
    expect(b.texts.map((text) => text.body)).not.toEqual(a.texts.map((text) => text.body))
  })

  it('ends the data at now and spans the configured days', () => {
    const { calls } = snapshot({ ...settings, days: 10 })
    const times = calls.map((call) => Date.parse(call.started_at))
    const now = Date.parse(settings.now ?? '')
    expect(Math.max(...times)).toBeLessThan(now)
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now - 10 * 86_400_000)
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })

  it('builds exactly the sizes asked for, including none', () => {
    const dataset = currentDataset({ ...settings, calls: 0, texts: 3 })
    expect(dataset.calls().size).toBe(0)
    expect(dataset.texts().size).toBe(3)
  })

  it('gives every record its own id, and finds the record by it', () => {
    const calls = currentDataset(settings).calls()
    const ids = Array.from({ length: calls.size }, (_, i) => calls.idOf(i))
    expect(new Set(ids).size).toBe(ids.length)
    ids.forEach((id, index) => expect(calls.indexOf(id)).toBe(index))
    expect(calls.indexOf('CAffffffff')).toBeNull()
    expect(calls.indexOf(ids[0]?.replace('CA', 'SM') ?? '')).toBeNull()
  })
})
