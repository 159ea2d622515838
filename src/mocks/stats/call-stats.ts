import type { CallStatsWire } from '@/api/stats-schema'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import type { CallStore } from '../data/call-store'
import type { StatsRequest } from '../engine/log-request'
import { dimIndex, type Aggregate } from './aggregate'
import { presentCodes, ratio, round, statsOf } from './stats-common'

/** `GET /api/v1/calls/stats`: KPIs, breakdowns, series and heat map. */
export function callStats(store: CallStore, request: StatsRequest): CallStatsWire {
  const { matched, totals, common } = statsOf(store, request, 'connected')
  const outcomeDim = store.dims[dimIndex(store, 'outcome')]
  const groups = (outcomeDim?.values ?? []).map((value) => value.value as OutcomeGroup)
  const connectedCode = groups.indexOf('connected')
  const outcomeCodes = outcomeDim?.codes ?? new Uint8Array()
  let final = 0
  let connected = 0
  let ring = 0
  let talk = 0
  const isFinal = groups.map((group) => outcomeInfo[group].isOutcome)
  for (const i of matched) {
    const outcome = outcomeCodes[i] as number
    if (isFinal[outcome]) final++
    if (outcome === connectedCode) {
      connected++
      ring += store.ring[i] as number
      talk += store.talk[i] as number
    }
  }
  return {
    ...common,
    kpis: {
      total: matched.length,
      final,
      in_flight: matched.length - final,
      connected,
      answer_rate: ratio(connected, final),
      avg_ring_time: connected > 0 ? round(ring / connected, 1) : null,
      avg_talk_time: connected > 0 ? round(talk / connected, 1) : null,
    },
    by_agent: groupRows(store, totals, 'agent'),
    by_source: groupRows(store, totals, 'source'),
    heatmap: Array.from(totals.heat, (total, cell) => ({
      weekday: Math.floor(cell / 24) + 1,
      hour: cell % 24,
      total,
      answered: totals.heatSuccess[cell] ?? 0,
    })),
  }
}

function groupRows(store: CallStore, totals: Aggregate, name: 'agent' | 'source') {
  const d = dimIndex(store, name)
  return presentCodes(store, name).map((code) => {
    const value = store.dims[d]?.values[code]
    return {
      value: value?.value ?? '',
      ...(value?.label === undefined ? {} : { label: value.label }),
      total: totals.dimCounts[d]?.[code] ?? 0,
      answered: totals.dimSuccess[d]?.[code] ?? 0,
    }
  })
}
