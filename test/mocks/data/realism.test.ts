// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getStatus } from '@/domain/catalog/catalog'
import { currentDataset } from '@/mocks/data/dataset'
import { defaultSettings } from '@/mocks/settings/mock-settings'

const dataset = currentDataset({
  ...defaultSettings,
  seed: 5,
  calls: 20_000,
  texts: 20_000,
  now: '2026-03-18T16:30:00.000Z',
})
const calls = Array.from({ length: 20_000 }, (_, i) => dataset.calls().record(i))
const texts = Array.from({ length: 20_000 }, (_, i) => dataset.texts().record(i))

const chicago = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Chicago',
  weekday: 'short',
  hour: 'numeric',
  hourCycle: 'h23',
})
const local = (iso: string) => {
  const parts = chicago.formatToParts(new Date(iso))
  return {
    weekday: parts.find((part) => part.type === 'weekday')?.value ?? '',
    hour: Number(parts.find((part) => part.type === 'hour')?.value),
  }
}
const share = (part: number, whole: number) => part / whole

describe('the generated account looks like a real one', () => {
  it('answers about two in three inbound CTM calls', () => {
    const inbound = calls.filter(
      (call) => call.vendor === 'ctm' && call.direction === 'inbound',
    )
    const answered = inbound.filter((call) => call.status.key === 'ctm.call.answered')
    expect(share(answered.length, inbound.length)).toBeGreaterThan(0.5)
    expect(share(answered.length, inbound.length)).toBeLessThan(0.75)
  })

  it('delivers most outbound texts, not all', () => {
    const outbound = texts.filter((text) => text.direction === 'outbound')
    const delivered = outbound.filter((text) => text.status.key === 'ctm.text.delivered')
    expect(share(delivered.length, outbound.length)).toBeGreaterThan(0.7)
    expect(share(delivered.length, outbound.length)).toBeLessThan(0.9)
  })

  it('is busiest in business hours on weekdays', () => {
    const times = calls.map((call) => local(call.started_at))
    const weekday = times.filter((t) => !['Sat', 'Sun'].includes(t.weekday))
    const business = weekday.filter((t) => t.hour >= 9 && t.hour < 17).length / 8
    const night = weekday.filter((t) => t.hour < 5).length / 5
    expect(business).toBeGreaterThan(night * 10)
    const weekend = times.length - weekday.length
    expect(weekday.length / 5).toBeGreaterThan((weekend / 2) * 2)
  })

  it('mixes every vendor, short and long calls, and every outcome', () => {
    expect(new Set(calls.map((call) => call.vendor))).toEqual(
      new Set(['ctm', 'messenger', 'routee', 'callr']),
    )
    const durations = calls.map((call) => call.duration)
    expect(Math.min(...durations)).toBeLessThan(10)
    expect(Math.max(...durations)).toBeGreaterThan(20 * 60)
    const outcomes = new Set(
      calls.map((call) => getStatus(call.status.key ?? '')?.outcome),
    )
    for (const group of [
      'connected',
      'machine',
      'ivr',
      'not-answered',
      'canceled',
      'blocked',
      'failed',
    ]) {
      expect(outcomes).toContain(group)
    }
  })
})
