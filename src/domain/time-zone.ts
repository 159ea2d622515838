/**
 * Which clock a page's times are read in: the browser's, UTC, the account's
 * (the zone the business reports in), or a named IANA zone.
 */
export const zoneKeywords = ['local', 'utc', 'account'] as const
export type ZoneKeyword = (typeof zoneKeywords)[number]

/** What the URL's `tz` holds once read: a keyword or a canonical IANA name. */
export type ZoneChoice = ZoneKeyword | (string & {})

export const defaultZoneChoice: ZoneKeyword = 'local'

/** The IANA name `Intl` knows a zone by ("us/central" → "America/Chicago"), or undefined. */
export function canonicalZone(name: string): string | undefined {
  if (!/^[A-Za-z][\w+/-]{0,63}$/.test(name)) return undefined
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return undefined
  }
}

/** A URL value as a zone choice: a keyword, a canonical IANA name, or undefined for nonsense. */
export function readZoneChoice(value: string): ZoneChoice | undefined {
  const lower = value.trim().toLowerCase()
  if ((zoneKeywords as readonly string[]).includes(lower)) return lower
  return canonicalZone(value.trim())
}

export type KnownZones = {
  /** The browser's zone. */
  local: string
  /** The account's zone; undefined until the account has loaded. */
  account: string | undefined
}

/**
 * The IANA zone a choice means. The account's zone falls back to the
 * browser's until it is known.
 */
export function resolveZone(choice: ZoneChoice | undefined, zones: KnownZones): string {
  switch (choice ?? defaultZoneChoice) {
    case 'local':
      return zones.local
    case 'utc':
      return 'UTC'
    case 'account':
      return zones.account ?? zones.local
    default:
      return choice ?? zones.local
  }
}

/** The zone a view's dates are measured in: an IANA name, or undefined for the system's own. */
export function windowZone(tz: string | undefined): string | undefined {
  if (tz === undefined || tz === 'local' || tz === 'account') return undefined
  if (tz === 'utc') return 'UTC'
  return tz
}

const shortNames = new Map<string, Intl.DateTimeFormat>()

/** "CST", "UTC", "GMT+1": the zone's short name at `time`, as people read it in a header. */
export function zoneAbbreviation(zone: string | undefined, time: number): string {
  const key = zone ?? ''
  let format = shortNames.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    shortNames.set(key, format)
  }
  const parts = format.formatToParts(time)
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone ?? ''
}
