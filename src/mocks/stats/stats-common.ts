import type { CallStatsWire } from '@/api/stats-schema'
import type { OutcomeGroup } from '@/domain/outcomes'
import { InvalidParam } from '../engine/invalid-param'
import type { StatsRequest } from '../engine/log-request'
import type { LogStore } from '../engine/log-store'
import { cachedMatch } from '../engine/match-cache'
import { offsetTimeline } from '../time/offset-timeline'
import { aggregate, dimIndex, type Aggregate } from './aggregate'
import { bucketBounds, bucketCountEstimate, maxBuckets } from './time-buckets'

type Common = Pick<
  CallStatsWire,
  'range' | 'by_status' | 'by_outcome' | 'series' | 'by_vendor'
>

const iso = (time: number) => new Date(time).toISOString()

/** The codes of a dim's values that the log holds at all: what charts list. */
export function presentCodes(
  store: LogStore,
  name: Parameters<typeof dimIndex>[1],
): number[] {
  const dim = store.dims[dimIndex(store, name)]
  const codes: number[] = []
  dim?.totals.forEach((total, code) => {
    if (total > 0) codes.push(code)
  })
  return codes
}

export const round = (value: number, digits: number) => {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

export const ratio = (part: number, whole: number) =>
  whole > 0 ? round(part / whole, 4) : null

/** Matches the filters, then counts everything a chart needs in one pass. */
export function statsOf(
  store: LogStore,
  request: StatsRequest,
  success: OutcomeGroup,
  sumColumns: Record<string, ArrayLike<number>> = {},
) {
  const from = request.from ?? store.start
  const to = Math.max(from, request.to ?? store.now)
  const estimate = bucketCountEstimate(request.interval, from, to)
  if (estimate > maxBuckets) {
    throw new InvalidParam(
      'interval',
      `An ${request.interval} interval over this range makes about ${estimate} buckets; the most is ${maxBuckets}. Choose a longer interval or a shorter range.`,
    )
  }
  const { matched } = cachedMatch(store, request)
  const timeline = offsetTimeline(request.tz, from, to)
  const bounds = bucketBounds(request.interval, timeline, from, to)
  const totals = aggregate(store, matched, bounds, timeline, success, sumColumns)
  return { matched, totals, common: commonParts(store, request, totals, from, to) }
}

function commonParts(
  store: LogStore,
  request: StatsRequest,
  totals: Aggregate,
  from: number,
  to: number,
): Common {
  const outcomeDim = dimIndex(store, 'outcome')
  const outcomeValues = store.dims[outcomeDim]?.values ?? []
  const outcomes = presentCodes(store, 'outcome')
  const keys = outcomes.map((code) => outcomeValues[code]?.value ?? 'unknown')
  const countsAt = (counts: Uint32Array, base: number) => {
    const byKey: Record<string, number> = {}
    outcomes.forEach(
      (code, k) => (byKey[keys[k] ?? 'unknown'] = counts[base + code] ?? 0),
    )
    return byKey
  }
  const buckets = (name: 'status' | 'outcome') => {
    const d = dimIndex(store, name)
    return presentCodes(store, name).map((code) => ({
      value: store.dims[d]?.values[code]?.value ?? '',
      count: totals.dimCounts[d]?.[code] ?? 0,
    }))
  }
  const width = outcomeValues.length
  const vendorDim = dimIndex(store, 'vendor')
  return {
    range: { from: iso(from), to: iso(to), interval: request.interval, tz: request.tz },
    by_status: buckets('status'),
    by_outcome: buckets('outcome'),
    series: {
      keys,
      points:
        totals.bucketTotals.length === 0
          ? []
          : Array.from(totals.bucketTotals, (total, b) => ({
              start: iso(totals.bounds[b] as number),
              end: iso(totals.bounds[b + 1] as number),
              total,
              counts: countsAt(totals.series, b * width),
            })),
    },
    by_vendor: presentCodes(store, 'vendor').map((code) => ({
      value: store.dims[vendorDim]?.values[code]?.value ?? '',
      total: totals.dimCounts[vendorDim]?.[code] ?? 0,
      counts: countsAt(totals.vendorOutcomes, code * width),
    })),
  }
}
