import { describe, expect, it } from 'vitest'
import { parseTimestamp } from '@/features/import/parse/import-dates'

const iso = (text: string, zone?: 'local' | 'utc') => {
  const time = parseTimestamp(text, zone)
  return Number.isNaN(time) ? 'NaN' : new Date(time).toISOString()
}

describe('parseTimestamp', () => {
  it.each([
    ['Tue, 31 Aug 2010 20:36:28 +0000', '2010-08-31T20:36:28.000Z'],
    ['31 Aug 2010 20:36:28 -0500', '2010-09-01T01:36:28.000Z'],
    ['Tue, 31 Aug 2010 20:36 GMT', '2010-08-31T20:36:00.000Z'],
    ['2010-08-31T20:36:28Z', '2010-08-31T20:36:28.000Z'],
    ['2010-08-31T20:36:28.123456+02:00', '2010-08-31T18:36:28.123Z'],
    ['2010-08-31 20:36:28+0100', '2010-08-31T19:36:28.000Z'],
    ['2010-08-31', '2010-08-31T00:00:00.000Z'],
    ['3/18/2026 3:02 PM', '2026-03-18T15:02:00.000Z'],
    ['03/18/2026 12:05:09 am', '2026-03-18T00:05:09.000Z'],
  ])('reads %s', (text, expected) => {
    expect(iso(text)).toBe(expected)
  })

  it.each([
    'soon',
    '1',
    '2026-02-30T10:00:00Z',
    '2026-13-01',
    'Tue, 31 Foo 2010 20:36:28 +0000',
    '13/45/2026',
    '0099-01-01',
  ])('refuses %s', (text) => {
    expect(iso(text)).toBe('NaN')
  })

  it('reads a time without a zone in the browser’s zone when asked', () => {
    const local = parseTimestamp('2026-03-18 15:02:00', 'local')
    expect(local).toBe(new Date(2026, 2, 18, 15, 2, 0).getTime())
  })
})
