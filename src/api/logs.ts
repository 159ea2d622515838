import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import type { LogKind, LogQuery } from '@/domain/log-query'
import { getJson } from './client'
import { listParams } from './log-params'
import type { z } from 'zod/mini'
import type { Call } from './call-schema'
import {
  logPageWireSchema,
  recordSchemaFor,
  toLogPage,
  type LogPage,
} from './log-page-schema'
import type { Text } from './text-schema'

/** Rows fetched per page while scrolling. */
export const pageSize = 100

export const logPath = (kind: LogKind) => `/api/v1/${kind}`

export async function fetchLogPage<K extends LogKind>(
  kind: K,
  query: LogQuery<K>,
  cursor: string | null,
  signal?: AbortSignal,
  limit: number = pageSize,
): Promise<LogPage<K>> {
  const wire = await getJson(logPath(kind), logPageWireSchema, {
    params: listParams(kind, query, { cursor, limit }),
    signal,
  })
  return toLogPage(kind, wire)
}

export const logKeys = {
  all: (kind: LogKind) => ['logs', kind] as const,
  lists: (kind: LogKind) => ['logs', kind, 'list'] as const,
  list: (kind: LogKind, query: LogQuery) => [...logKeys.lists(kind), query] as const,
  record: (kind: LogKind, id: string) => ['logs', kind, 'record', id] as const,
}

/** One log under one query, page by page through the API's cursor. */
export function logInfiniteQueryOptions<K extends LogKind>(kind: K, query: LogQuery<K>) {
  return infiniteQueryOptions({
    queryKey: logKeys.list(kind, query),
    queryFn: ({ pageParam, signal }) => fetchLogPage(kind, query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: LogPage<K>) => last.nextCursor ?? undefined,
  })
}

/** One record, whole. The caller knows which log it asked, so which type came back. */
export function fetchRecord(
  kind: LogKind,
  id: string,
  signal?: AbortSignal,
): Promise<Call | Text> {
  const schema = recordSchemaFor(kind) as z.ZodMiniType<Call | Text>
  return getJson(`${logPath(kind)}/${encodeURIComponent(id)}`, schema, { signal })
}

export function recordQueryOptions(kind: LogKind, id: string) {
  return queryOptions({
    queryKey: logKeys.record(kind, id),
    queryFn: ({ signal }) => fetchRecord(kind, id, signal),
  })
}
