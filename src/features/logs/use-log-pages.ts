import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { InvalidRecord, LogRecord } from '@/api/log-page-schema'
import { logInfiniteQueryOptions } from '@/api/logs'
import type { LogKind, LogQuery } from '@/domain/log-query'

/**
 * A log's pages under one query. While a changed query loads, the previous
 * rows, total and facets stay together on screen, so they always agree.
 */
export function useLogPages<K extends LogKind>(kind: K, query: LogQuery<K>) {
  const result = useInfiniteQuery({
    ...logInfiniteQueryOptions(kind, query),
    placeholderData: keepPreviousData,
  })
  const pages = result.data?.pages
  const records = useMemo(
    () => pages?.flatMap((page) => page.records) ?? [],
    [pages],
  ) as LogRecord<K>[]
  const invalid = useMemo<InvalidRecord[]>(
    () => pages?.flatMap((page) => page.invalid) ?? [],
    [pages],
  )
  return {
    ...result,
    records,
    invalid,
    total: pages?.[0]?.total,
    facets: pages?.[0]?.facets,
  }
}
