import type { TextStatsWire } from '@/api/stats-schema'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import type { TextStore } from '../data/text-store'
import type { StatsRequest } from '../engine/log-request'
import { dimIndex } from './aggregate'
import { ratio, statsOf } from './stats-common'

/** `GET /api/v1/texts/stats`: delivery KPIs, breakdowns, series and heat map. */
export function textStats(store: TextStore, request: StatsRequest): TextStatsWire {
  const { matched, totals, common } = statsOf(store, request, 'delivered')
  const outcomeDim = store.dims[dimIndex(store, 'outcome')]
  const directionCodes =
    store.dims[dimIndex(store, 'direction')]?.codes ?? new Uint8Array()
  const outboundCode = store.dims[dimIndex(store, 'direction')]?.values.findIndex(
    (value) => value.value === 'outbound',
  )
  const groups = (outcomeDim?.values ?? []).map((value) => value.value as OutcomeGroup)
  const outcomeCodes = outcomeDim?.codes ?? new Uint8Array()
  const isFinal = groups.map((group) => outcomeInfo[group].isOutcome)
  let inFlight = 0
  let received = 0
  let outboundFinal = 0
  let delivered = 0
  let failed = 0
  for (const i of matched) {
    const group = groups[outcomeCodes[i] as number]
    if (!isFinal[outcomeCodes[i] as number]) {
      inFlight++
      continue
    }
    if (group === 'received') received++
    if (directionCodes[i] !== outboundCode) continue
    outboundFinal++
    if (group === 'delivered') delivered++
    if (group === 'failed' || group === 'not-delivered') failed++
  }
  return {
    ...common,
    kpis: {
      total: matched.length,
      in_flight: inFlight,
      received,
      outbound_final: outboundFinal,
      delivered,
      delivery_rate: ratio(delivered, outboundFinal),
      failed,
      failure_rate: ratio(failed, outboundFinal),
    },
    heatmap: Array.from(totals.heat, (total, cell) => ({
      weekday: Math.floor(cell / 24) + 1,
      hour: cell % 24,
      total,
      delivered: totals.heatSuccess[cell] ?? 0,
    })),
  }
}
