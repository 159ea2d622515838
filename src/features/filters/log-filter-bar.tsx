import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { memo, useMemo } from 'react'
import { logInfiniteQueryOptions } from '@/api/logs'
import type { LogKind } from '@/domain/log-query'
import { viewQuery } from '@/domain/log-view'
import { filterBarPages } from './facet-specs'
import { FilterBar, type FilterBarProps } from './filter-bar'

type LogFilterBarProps = Omit<FilterBarProps, 'page' | 'counts'> & { kind: LogKind }

/**
 * A log's filter bar, its counts from the same API response as the rows
 * (so they agree).
 */
export const LogFilterBar = memo(function LogFilterBar({
  kind,
  ...props
}: LogFilterBarProps) {
  const { search, now } = props
  const query = useMemo(() => viewQuery(kind, search, now), [kind, search, now])
  const { data } = useInfiniteQuery({
    ...logInfiniteQueryOptions(kind, query),
    placeholderData: keepPreviousData,
  })
  const facets = data?.pages[0]?.facets
  const counts = useMemo(() => ({ [kind]: facets }), [kind, facets])
  return <FilterBar page={filterBarPages[kind]} counts={counts} {...props} />
})
