import type { TextStatsWire } from '@/api/stats-schema'
import { getStatus } from '@/domain/catalog/catalog'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import type { TextStore } from '../data/text-store'
import type { StatsRequest } from '../engine/log-request'
import { dimIndex } from './aggregate'
import { ratio, statsOf } from './stats-common'

/** `GET /api/v1/texts/stats`: delivery KPIs, breakdowns, series and heat map. */
export function textStats(store: TextStore, request: StatsRequest): TextStatsWire {
  const { matched, totals, common } = statsOf(store, request, 'delivered')
  const outcomeDim = store.dims[dimIndex(store, 'outcome')]
  const directionDim = store.dims[dimIndex(store, 'direction')]
  const directions = directionDim?.values.length ?? 0
  const outbound =
    directionDim?.values.findIndex((value) => value.value === 'outbound') ?? -1
  const outcomeOf = outcomeDim?.byStatus ?? new Uint8Array()
  const groups = (outcomeDim?.values ?? []).map((value) => value.value as OutcomeGroup)
  const statuses = store.dims[dimIndex(store, 'status')]?.values ?? []
  const provisional = statuses.map(
    (value) => getStatus(value.value)?.phase === 'provisional',
  )
  let inFlight = 0
  let awaiting = 0
  let received = 0
  let outboundFinal = 0
  let delivered = 0
  let failed = 0
  // Counted per status and direction in the one pass; read off here.
  outcomeOf.forEach((code, status) => {
    const group = groups[code] ?? 'unknown'
    for (let direction = 0; direction < directions; direction++) {
      const count = totals.statusByDirection[status * directions + direction] ?? 0
      if (!outcomeInfo[group].isOutcome) {
        inFlight += count
        continue
      }
      if (group === 'received') received += count
      if (direction !== outbound) continue
      // A receipt can still come: neither delivered nor failed yet.
      if (provisional[status] === true) {
        awaiting += count
        continue
      }
      outboundFinal += count
      if (group === 'delivered') delivered += count
      if (group === 'failed' || group === 'not-delivered') failed += count
    }
  })
  return {
    ...common,
    kpis: {
      total: matched.length,
      in_flight: inFlight,
      received,
      outbound_final: outboundFinal,
      awaiting_receipt: awaiting,
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
