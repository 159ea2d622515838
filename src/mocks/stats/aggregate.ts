import type { FacetName } from '@/domain/log-query'
import type { OutcomeGroup } from '@/domain/outcomes'
import type { LogStore } from '../engine/log-store'
import type { OffsetTimeline } from '../time/offset-timeline'

const hour = 3_600_000
const day = 24 * hour

/** Counts of the matched records, every breakdown the stats endpoints send, from one pass. */
export type Aggregate = {
  bounds: number[]
  /** Per dim (store order), per value code. */
  dimCounts: Uint32Array[]
  /** The same, counting only records whose outcome is the success group. */
  dimSuccess: Uint32Array[]
  /** bucket × outcome code */
  series: Uint32Array
  bucketTotals: Uint32Array
  /** vendor code × outcome code */
  vendorOutcomes: Uint32Array
  /** (ISO weekday - 1) × 24 + local hour */
  heat: Uint32Array
  heatSuccess: Uint32Array
}

export function dimIndex(store: LogStore, name: FacetName): number {
  const index = store.dims.findIndex((dim) => dim.name === name)
  if (index < 0) throw new Error(`The ${store.kind} log has no ${name} facet.`)
  return index
}

/** The heat-map cell of a UTC instant, and when (UTC) the local hour it is in ends. */
function hourCell(
  time: number,
  timeline: OffsetTimeline,
): { cell: number; until: number } {
  const { starts, offsets } = timeline
  let segment = starts.length - 1
  while (segment > 0 && (starts[segment] as number) > time) segment--
  const offset = offsets[segment] as number
  const local = time + offset
  const days = Math.floor(local / day)
  const hourOfDay = Math.floor((local - days * day) / hour)
  // 1970-01-01 was a Thursday: ISO weekday index 3.
  const weekday = (((days + 3) % 7) + 7) % 7
  const hourEnd = days * day + (hourOfDay + 1) * hour - offset
  const nextChange = starts[segment + 1] ?? Infinity
  return { cell: weekday * 24 + hourOfDay, until: Math.min(hourEnd, nextChange) }
}

/**
 * Records come in time order, so the series bucket and the heat-map cell only
 * move forward: each is worked out once per bucket or local hour, not per record.
 */
export function aggregate(
  store: LogStore,
  matched: Uint32Array,
  bounds: number[],
  timeline: OffsetTimeline,
  success: OutcomeGroup,
): Aggregate {
  const dims = store.dims
  const dimCount = dims.length
  const codes = dims.map((dim) => dim.codes)
  const outcomeDim = dims[dimIndex(store, 'outcome')] as LogStore['dims'][number]
  const vendorDim = dims[dimIndex(store, 'vendor')] as LogStore['dims'][number]
  const outcomeCodes = outcomeDim.codes
  const vendorCodes = vendorDim.codes
  const outcomes = outcomeDim.values.length
  const successCode = outcomeDim.values.findIndex((value) => value.value === success)
  const buckets = Math.max(1, bounds.length - 1)
  const dimCounts = dims.map((dim) => new Uint32Array(dim.values.length))
  const dimSuccess = dims.map((dim) => new Uint32Array(dim.values.length))
  const series = new Uint32Array(buckets * outcomes)
  const bucketTotals = new Uint32Array(buckets)
  const vendorOutcomes = new Uint32Array(vendorDim.values.length * outcomes)
  const heat = new Uint32Array(7 * 24)
  const heatSuccess = new Uint32Array(7 * 24)
  const time = store.time

  let bucket = 0
  let bucketEnd = bounds[1] ?? Infinity
  let cell = 0
  let cellEnd = -Infinity
  for (let k = 0; k < matched.length; k++) {
    const i = matched[k] as number
    const t = time[i] as number
    while (t >= bucketEnd && bucket < buckets - 1)
      bucketEnd = bounds[++bucket + 1] ?? Infinity
    if (t >= cellEnd) ({ cell, until: cellEnd } = hourCell(t, timeline))
    const outcome = outcomeCodes[i] as number
    const won = outcome === successCode
    for (let d = 0; d < dimCount; d++) {
      const code = (codes[d] as Uint8Array)[i] as number
      const counts = dimCounts[d] as Uint32Array
      counts[code] = (counts[code] as number) + 1
      if (won) {
        const wins = dimSuccess[d] as Uint32Array
        wins[code] = (wins[code] as number) + 1
      }
    }
    const at = bucket * outcomes + outcome
    series[at] = (series[at] as number) + 1
    bucketTotals[bucket] = (bucketTotals[bucket] as number) + 1
    const byVendor = (vendorCodes[i] as number) * outcomes + outcome
    vendorOutcomes[byVendor] = (vendorOutcomes[byVendor] as number) + 1
    heat[cell] = (heat[cell] as number) + 1
    if (won) heatSuccess[cell] = (heatSuccess[cell] as number) + 1
  }
  return {
    bounds,
    dimCounts,
    dimSuccess,
    series,
    bucketTotals,
    vendorOutcomes,
    heat,
    heatSuccess,
  }
}
