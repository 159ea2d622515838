const pattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?))?$/i

/**
 * An ISO 8601 instant: a date-time with its zone ("2026-03-01T09:30:00Z",
 * "…+01:00") or a date alone, taken as midnight UTC. A date-time without a
 * zone is refused: its meaning would depend on the server's clock. Returns
 * epoch ms, or null when the text is not such an instant (31 February too).
 */
export function parseInstant(text: string): number | null {
  const match = pattern.exec(text.trim())
  if (!match) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null
  }
  const offset = zoneOffsetMinutes(zone)
  if (offset === null) return null
  const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000)
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000
}

function zoneOffsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = Number(digits.slice(2) || '0')
  if (hours > 23 || minutes > 59) return null
  return sign * (hours * 60 + minutes)
}
