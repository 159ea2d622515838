import type { CallStatsWire } from '@/api/stats-schema'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import type { CallStore } from '../data/call-store'
import type { StatsRequest } from '../engine/log-request'
import { dimIndex, type Aggregate } from './aggregate'
import { presentCodes, ratio, round, statsOf } from './stats-common'

/** `GET /api/v1/calls/stats`: KPIs, breakdowns, series and heat map. */
export function callStats(store: CallStore, request: StatsRequest): CallStatsWire {
  const { matched, totals, common } = statsOf(store, request, 'connected', {
    ring: store.ring,
    talk: store.talk,
  })
  const outcome = dimIndex(store, 'outcome')
  const groups = (store.dims[outcome]?.values ?? []).map((v) => v.value as OutcomeGroup)
  const byOutcome = totals.dimCounts[outcome] ?? new Uint32Array()
  // Calls still under way are never counted as outcomes.
  const final = groups.reduce(
    (sum, group, code) =>
      sum + (outcomeInfo[group].isOutcome ? (byOutcome[code] ?? 0) : 0),
    0,
  )
  const connected = byOutcome[groups.indexOf('connected')] ?? 0
  const average = (total: number | undefined) =>
    connected > 0 && total !== undefined ? round(total / connected, 1) : null
  return {
    ...common,
    kpis: {
      total: matched.length,
      final,
      in_flight: matched.length - final,
      connected,
      answer_rate: ratio(connected, final),
      avg_ring_time: average(totals.successSums.ring),
      avg_talk_time: average(totals.successSums.talk),
    },
    by_agent: groupRows(store, totals, 'agent'),
    by_source: groupRows(store, totals, 'source'),
    by_campaign: groupRows(store, totals, 'campaign'),
    heatmap: Array.from(totals.heat, (total, cell) => ({
      weekday: Math.floor(cell / 24) + 1,
      hour: cell % 24,
      total,
      final: totals.heatFinal[cell] ?? 0,
      answered: totals.heatSuccess[cell] ?? 0,
    })),
  }
}

function groupRows(
  store: CallStore,
  totals: Aggregate,
  name: 'agent' | 'source' | 'campaign',
) {
  const d = dimIndex(store, name)
  return presentCodes(store, name).map((code) => {
    const value = store.dims[d]?.values[code]
    return {
      value: value?.value ?? '',
      ...(value?.label === undefined ? {} : { label: value.label }),
      total: totals.dimCounts[d]?.[code] ?? 0,
      final: totals.dimFinal[d]?.[code] ?? 0,
      answered: totals.dimSuccess[d]?.[code] ?? 0,
    }
  })
}
