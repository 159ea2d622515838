import type { LogKind } from '@/domain/log-query'
import { InvalidParam } from '../engine/invalid-param'
import { statsIntervals, type StatsInterval } from '@/api/stats-schema'
import type { StatsRequest } from '../engine/log-request'
import { canonicalTimeZone } from '../time/offset-timeline'
import { parseFilters, quote } from './filter-params'

/** `GET /api/v1/{calls,texts}/stats`'s parameters, checked. */
export function parseStatsRequest(kind: LogKind, params: URLSearchParams): StatsRequest {
  const filters = parseFilters(kind, params)
  const intervalText = params.get('interval')?.trim() ?? ''
  const interval = intervalText === '' ? 'day' : intervalText
  if (!(statsIntervals as readonly string[]).includes(interval)) {
    throw new InvalidParam(
      'interval',
      `interval must be one of ${statsIntervals.join(', ')}; got ${quote(intervalText)}.`,
    )
  }
  const tzText = params.get('tz')?.trim() ?? ''
  const tz = tzText === '' ? 'UTC' : canonicalTimeZone(tzText)
  if (tz === null) {
    throw new InvalidParam(
      'tz',
      `tz must be an IANA time zone such as UTC or America/Chicago; got ${quote(tzText)}.`,
    )
  }
  return { ...filters, interval: interval as StatsInterval, tz }
}
