// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { applySettings, defaultSettings } from '@/mocks/settings/mock-settings'

describe('applySettings', () => {
  it('applies the valid fields and drops the rest', () => {
    const next = applySettings(defaultSettings, {
      calls: 1000,
      texts: -4,
      seed: 'lucky',
      failureRate: 0.25,
      failure: 'sometimes',
      hang: true,
      now: '2026-03-18T16:30:00Z',
      colour: 'blue',
    })
    expect(next).toEqual({
      ...defaultSettings,
      calls: 1000,
      failureRate: 0.25,
      hang: true,
      now: '2026-03-18T16:30:00Z',
    })
  })

  it('takes latency as one number or a range, in either order', () => {
    expect(applySettings(defaultSettings, { latency: 120 }).latency).toEqual({
      min: 120,
      max: 120,
    })
    expect(
      applySettings(defaultSettings, { latency: { min: 300, max: 100 } }).latency,
    ).toEqual({
      min: 100,
      max: 300,
    })
    expect(
      applySettings(defaultSettings, { latency: { min: -1, max: 5 } }).latency,
    ).toEqual(defaultSettings.latency)
  })

  it('keeps the base for anything that is not an object of settings', () => {
    for (const input of [null, undefined, 'calls=5', 42, [1, 2], { calls: 500_001 }]) {
      expect(applySettings(defaultSettings, input)).toEqual(defaultSettings)
    }
  })
})
