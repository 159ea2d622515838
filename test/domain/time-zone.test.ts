import { describe, expect, it } from 'vitest'
import {
  canonicalZone,
  readZoneChoice,
  resolveZone,
  windowZone,
  zoneAbbreviation,
} from '@/domain/time-zone'

const zones = { local: 'Europe/Berlin', account: 'America/Chicago' }

describe('time-zone choices', () => {
  it('reads keywords in any case and IANA names in canonical form', () => {
    expect(readZoneChoice('UTC')).toBe('utc')
    expect(readZoneChoice('Account')).toBe('account')
    expect(readZoneChoice('local')).toBe('local')
    expect(readZoneChoice('America/Chicago')).toBe('America/Chicago')
    expect(canonicalZone('america/chicago')).toBe('America/Chicago')
  })

  it('refuses nonsense, markup and made-up zones', () => {
    expect(readZoneChoice('Mars/Olympus')).toBeUndefined()
    expect(readZoneChoice('<b>x</b>')).toBeUndefined()
    expect(readZoneChoice('')).toBeUndefined()
  })

  it('resolves a choice to the zone it means', () => {
    expect(resolveZone(undefined, zones)).toBe('Europe/Berlin')
    expect(resolveZone('utc', zones)).toBe('UTC')
    expect(resolveZone('account', zones)).toBe('America/Chicago')
    expect(resolveZone('account', { ...zones, account: undefined })).toBe('Europe/Berlin')
    expect(resolveZone('Asia/Tokyo', zones)).toBe('Asia/Tokyo')
  })

  it('gives windows a zone only where one was resolved', () => {
    expect(windowZone(undefined)).toBeUndefined()
    expect(windowZone('local')).toBeUndefined()
    expect(windowZone('utc')).toBe('UTC')
    expect(windowZone('America/Chicago')).toBe('America/Chicago')
  })

  it('names zones the way a header does', () => {
    const winter = Date.parse('2026-12-03T12:00:00Z')
    const summer = Date.parse('2026-07-03T12:00:00Z')
    expect(zoneAbbreviation('America/Chicago', winter)).toBe('CST')
    expect(zoneAbbreviation('America/Chicago', summer)).toBe('CDT')
    expect(zoneAbbreviation('UTC', winter)).toBe('UTC')
  })
})
