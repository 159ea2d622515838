// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  canonicalTimeZone,
  offsetAt,
  offsetTimeline,
  utcOfLocal,
} from '@/mocks/time/offset-timeline'

const at = (iso: string) => Date.parse(iso)
const hours = (ms: number) => ms / 3_600_000

describe('offsetTimeline', () => {
  it('finds the minute daylight saving starts and ends', () => {
    const timeline = offsetTimeline(
      'America/New_York',
      at('2026-01-01T00:00:00Z'),
      at('2026-12-31T00:00:00Z'),
    )
    expect(timeline.starts.slice(1).map((t) => new Date(t).toISOString())).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
    ])
    expect(timeline.offsets.map(hours)).toEqual([-5, -4, -5])
  })

  it('knows zones that never change, and half-hour changes', () => {
    const kolkata = offsetTimeline(
      'Asia/Kolkata',
      at('2026-01-01T00:00:00Z'),
      at('2026-06-01T00:00:00Z'),
    )
    expect(kolkata.offsets.map(hours)).toEqual([5.5])
    const lordHowe = offsetTimeline(
      'Australia/Lord_Howe',
      at('2026-03-01T00:00:00Z'),
      at('2026-05-01T00:00:00Z'),
    )
    expect(lordHowe.offsets.map(hours)).toEqual([11, 10.5])
  })

  it('converts between local wall-clock time and UTC', () => {
    const timeline = offsetTimeline(
      'Europe/Paris',
      at('2026-03-01T00:00:00Z'),
      at('2026-04-30T00:00:00Z'),
    )
    expect(offsetAt(timeline, at('2026-03-01T12:00:00Z'))).toBe(3_600_000)
    expect(offsetAt(timeline, at('2026-04-01T12:00:00Z'))).toBe(7_200_000)
    expect(new Date(utcOfLocal(timeline, at('2026-04-02T00:00:00Z'))).toISOString()).toBe(
      '2026-04-01T22:00:00.000Z',
    )
  })
})

describe('canonicalTimeZone', () => {
  it('names zones as Intl does and refuses the unknown', () => {
    expect(canonicalTimeZone('utc')).toBe('UTC')
    expect(canonicalTimeZone('america/chicago')).toBe('America/Chicago')
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull()
    expect(canonicalTimeZone('')).toBeNull()
  })
})
