import type { FacetName } from '@/domain/log-query'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import type { FacetDim, LogStore } from '../engine/log-store'
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
  /** The same, counting only records with an outcome (none still under way): what rates divide by. */
  dimFinal: Uint32Array[]
  /** bucket × outcome code */
  series: Uint32Array
  bucketTotals: Uint32Array
  /** vendor code × outcome code */
  vendorOutcomes: Uint32Array
  /** (ISO weekday - 1) × 24 + local hour */
  heat: Uint32Array
  heatSuccess: Uint32Array
  heatFinal: Uint32Array
  /** status code × direction code */
  statusByDirection: Uint32Array
  /** Each summed column's total over the records whose outcome is the success group. */
  successSums: Record<string, number>
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

const bump = (counts: Uint32Array, at: number, by = 1) => {
  counts[at] = (counts[at] as number) + by
}

/**
 * Records come in time order, so the series bucket and the heat-map cell only
 * move forward: each is worked out once per bucket or local hour, not per
 * record. Outcome and vendor follow from the status, so only the status is
 * counted per record (per bucket) and they are derived from it afterwards.
 */
export function aggregate(
  store: LogStore,
  matched: Uint32Array,
  bounds: number[],
  timeline: OffsetTimeline,
  success: OutcomeGroup,
  sumColumns: Record<string, ArrayLike<number>> = {},
): Aggregate {
  const dims = store.dims
  const statusIndex = dimIndex(store, 'status')
  const statusDim = dims[statusIndex] as FacetDim
  const outcomeDim = dims[dimIndex(store, 'outcome')] as FacetDim
  const vendorDim = dims[dimIndex(store, 'vendor')] as FacetDim
  const outcomeOf = outcomeDim.byStatus
  const vendorOf = vendorDim.byStatus
  if (!outcomeOf || !vendorOf)
    throw new Error('Outcome and vendor must follow from the status.')
  const statuses = statusDim.values.length
  const outcomes = outcomeDim.values.length
  const successCode = outcomeDim.values.findIndex((value) => value.value === success)
  const won = Uint8Array.from(outcomeOf, (outcome) => (outcome === successCode ? 1 : 0))
  const settled = Uint8Array.from(outcomeOf, (outcome) => {
    const group = outcomeDim.values[outcome]?.value as OutcomeGroup | undefined
    return group === undefined || outcomeInfo[group].isOutcome ? 1 : 0
  })
  // The facets counted record by record: those that do not follow from the status.
  const direct = dims.flatMap((dim, d) => (dim.byStatus || d === statusIndex ? [] : [d]))
  const directCodes = direct.map((d) => (dims[d] as FacetDim).codes)
  const dimCounts = dims.map((dim) => new Uint32Array(dim.values.length))
  const dimSuccess = dims.map((dim) => new Uint32Array(dim.values.length))
  const dimFinal = dims.map((dim) => new Uint32Array(dim.values.length))
  const directCounts = direct.map((d) => dimCounts[d] as Uint32Array)
  const directSuccess = direct.map((d) => dimSuccess[d] as Uint32Array)
  const directFinal = direct.map((d) => dimFinal[d] as Uint32Array)
  const buckets = Math.max(1, bounds.length - 1)
  const statusByBucket = new Uint32Array(buckets * statuses)
  const heat = new Uint32Array(7 * 24)
  const heatSuccess = new Uint32Array(7 * 24)
  const heatFinal = new Uint32Array(7 * 24)
  const time = store.time
  const statusCodes = statusDim.codes
  const directionDim = dims[dimIndex(store, 'direction')] as FacetDim
  const directions = directionDim.values.length
  const directionCodes = directionDim.codes
  const statusByDirection = new Uint32Array(statuses * directions)
  const sumNames = Object.keys(sumColumns)
  const sumArrays = sumNames.map((name) => sumColumns[name] as ArrayLike<number>)
  const sums = new Float64Array(sumNames.length)

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
    const status = statusCodes[i] as number
    bump(statusByBucket, bucket * statuses + status)
    heat[cell] = (heat[cell] as number) + 1
    bump(statusByDirection, status * directions + (directionCodes[i] as number))
    const wins = won[status] === 1
    const final = settled[status] === 1
    if (final) heatFinal[cell] = (heatFinal[cell] as number) + 1
    if (wins) {
      heatSuccess[cell] = (heatSuccess[cell] as number) + 1
      for (let c = 0; c < sums.length; c++) {
        sums[c] = (sums[c] as number) + ((sumArrays[c] as ArrayLike<number>)[i] as number)
      }
    }
    for (let d = 0; d < direct.length; d++) {
      const code = (directCodes[d] as Uint8Array)[i] as number
      bump(directCounts[d] as Uint32Array, code)
      if (wins) bump(directSuccess[d] as Uint32Array, code)
      if (final) bump(directFinal[d] as Uint32Array, code)
    }
  }

  const series = new Uint32Array(buckets * outcomes)
  const bucketTotals = new Uint32Array(buckets)
  const statusCounts = dimCounts[statusIndex] as Uint32Array
  for (let b = 0; b < buckets; b++) {
    for (let s = 0; s < statuses; s++) {
      const count = statusByBucket[b * statuses + s] as number
      if (count === 0) continue
      bump(series, b * outcomes + (outcomeOf[s] as number), count)
      bump(bucketTotals, b, count)
      bump(statusCounts, s, count)
    }
  }
  const vendorOutcomes = new Uint32Array(vendorDim.values.length * outcomes)
  statusCounts.forEach((count, s) => {
    if (count === 0) return
    const wins = won[s] === 1 ? count : 0
    const finals = settled[s] === 1 ? count : 0
    bump(dimSuccess[statusIndex] as Uint32Array, s, wins)
    bump(dimFinal[statusIndex] as Uint32Array, s, finals)
    dims.forEach((dim, d) => {
      if (!dim.byStatus) return
      bump(dimCounts[d] as Uint32Array, dim.byStatus[s] as number, count)
      bump(dimSuccess[d] as Uint32Array, dim.byStatus[s] as number, wins)
      bump(dimFinal[d] as Uint32Array, dim.byStatus[s] as number, finals)
    })
    bump(
      vendorOutcomes,
      (vendorOf[s] as number) * outcomes + (outcomeOf[s] as number),
      count,
    )
  })
  const successSums = Object.fromEntries(sumNames.map((name, c) => [name, sums[c] ?? 0]))
  return {
    bounds,
    dimCounts,
    dimSuccess,
    dimFinal,
    series,
    bucketTotals,
    vendorOutcomes,
    heat,
    heatSuccess,
    heatFinal,
    statusByDirection,
    successSums,
  }
}
