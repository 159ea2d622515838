import { useDisplayZone } from './display-zone'
import {
  formatClock,
  formatDateTime,
  formatFullDateTime,
  formatShortDate,
} from './format'

const formats = {
  clock: formatClock,
  dateTime: formatDateTime,
  fullDateTime: formatFullDateTime,
  shortDate: formatShortDate,
} as const

export type ZonedTimeFormat = keyof typeof formats

/**
 * An instant as text in the zone the page shows times in: a drop-in for a
 * `format…(time)` call where a component has no zone at hand (the detail panel).
 */
export function ZonedTime({ time, format }: { time: number; format: ZonedTimeFormat }) {
  const { formatZone } = useDisplayZone()
  return formats[format](time, formatZone)
}
