import { queryOptions } from '@tanstack/react-query'
import type { LogFilters, LogKind } from '@/domain/log-query'
import { getJson } from './client'
import { filterParams } from './log-params'
import { logPath } from './logs'
import {
  callStatsSchema,
  textStatsSchema,
  type CallStats,
  type StatsInterval,
  type TextStats,
} from './stats-schema'

export type StatsQuery = {
  filters: LogFilters
  interval: StatsInterval
  /** IANA time zone for bucket boundaries and the heat map; the browser's by default. */
  tz: string
}

export type StatsFor<K extends LogKind> = K extends 'calls' ? CallStats : TextStats

export const statsPath = (kind: LogKind) => `${logPath(kind)}/stats`

export function statsParams(kind: LogKind, query: StatsQuery): URLSearchParams {
  const params = filterParams(kind, query.filters)
  params.set('interval', query.interval)
  params.set('tz', query.tz)
  return params
}

const schemas = { calls: callStatsSchema, texts: textStatsSchema } as const

export function fetchStats<K extends LogKind>(
  kind: K,
  query: StatsQuery,
  signal?: AbortSignal,
): Promise<StatsFor<K>> {
  return getJson(statsPath(kind), schemas[kind], {
    params: statsParams(kind, query),
    signal,
  }) as Promise<StatsFor<K>>
}

export const statsKeys = {
  all: (kind: LogKind) => ['stats', kind] as const,
  query: (kind: LogKind, query: StatsQuery) => ['stats', kind, query] as const,
}

/** One log's aggregates under one set of filters. */
export function statsQueryOptions<K extends LogKind>(kind: K, query: StatsQuery) {
  return queryOptions({
    queryKey: statsKeys.query(kind, query),
    queryFn: ({ signal }) => fetchStats(kind, query, signal),
  })
}
