// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { bucketBounds } from '@/mocks/stats/time-buckets'
import { offsetTimeline } from '@/mocks/time/offset-timeline'

const at = (iso: string) => Date.parse(iso)
const isoBounds = (
  interval: 'hour' | 'day' | 'week',
  tz: string,
  from: string,
  to: string,
) => {
  const timeline = offsetTimeline(tz, at(from), at(to))
  return bucketBounds(interval, timeline, at(from), at(to)).map((t) =>
    new Date(t).toISOString(),
  )
}

describe('bucketBounds', () => {
  it('covers the range from the bucket holding `from` to the one holding `to`', () => {
    expect(
      isoBounds('day', 'UTC', '2026-03-01T10:00:00Z', '2026-03-03T00:00:00Z'),
    ).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-03T00:00:00.000Z',
    ])
  })

  it('gives at least one bucket for an empty range', () => {
    expect(
      isoBounds('hour', 'UTC', '2026-03-01T10:20:00Z', '2026-03-01T10:20:00Z'),
    ).toEqual(['2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z'])
  })

  it('gives a day of 23 and one of 25 hours where daylight saving changes', () => {
    const spring = isoBounds(
      'day',
      'America/New_York',
      '2026-03-07T12:00:00Z',
      '2026-03-09T12:00:00Z',
    )
    expect(spring).toEqual([
      '2026-03-07T05:00:00.000Z',
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
      '2026-03-10T04:00:00.000Z',
    ])
    const autumn = isoBounds(
      'day',
      'Europe/London',
      '2026-10-24T12:00:00Z',
      '2026-10-26T12:00:00Z',
    )
    expect(autumn.slice(1, 3)).toEqual([
      '2026-10-24T23:00:00.000Z',
      '2026-10-26T00:00:00.000Z',
    ])
  })

  it('keeps hours whole through a change of offset', () => {
    const hours = isoBounds(
      'hour',
      'America/New_York',
      '2026-11-01T04:00:00Z',
      '2026-11-01T08:00:00Z',
    )
    expect(hours).toEqual([
      '2026-11-01T04:00:00.000Z',
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ])
  })

  it('follows half-hour zones', () => {
    expect(
      isoBounds('hour', 'Asia/Kolkata', '2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z'),
    ).toEqual([
      '2026-03-01T09:30:00.000Z',
      '2026-03-01T10:30:00.000Z',
      '2026-03-01T11:30:00.000Z',
    ])
  })

  it('starts weeks on Monday, local midnight', () => {
    const weeks = isoBounds(
      'week',
      'Europe/Paris',
      '2026-03-04T12:00:00Z',
      '2026-03-12T12:00:00Z',
    )
    expect(weeks).toEqual([
      '2026-03-01T23:00:00.000Z',
      '2026-03-08T23:00:00.000Z',
      '2026-03-15T23:00:00.000Z',
    ])
  })
})
