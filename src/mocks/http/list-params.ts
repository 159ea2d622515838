import { maxPageSize } from '@/api/log-params'
import { defaultSort, parseSort, sortFields, type LogKind } from '@/domain/log-query'
import { InvalidParam } from '../engine/invalid-param'
import type { ListRequest } from '../engine/log-request'
import { parseFilters, quote } from './filter-params'

export const defaultLimit = 50

/** `GET /api/v1/{calls,texts}`'s parameters, checked. */
export function parseListRequest(kind: LogKind, params: URLSearchParams): ListRequest {
  const filters = parseFilters(kind, params)
  const sortText = params.get('sort')?.trim() ?? ''
  const sort = sortText === '' ? defaultSort : parseSort(kind, sortText)
  if (!sort) {
    const allowed = sortFields[kind].flatMap((field) => [field, `-${field}`]).join(', ')
    throw new InvalidParam(
      'sort',
      `sort must be one of ${allowed}; got ${quote(sortText)}.`,
    )
  }
  const limitText = params.get('limit')?.trim() ?? ''
  const limit = limitText === '' ? defaultLimit : Number(limitText)
  if (
    !/^\d*$/.test(limitText) ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > maxPageSize
  ) {
    throw new InvalidParam(
      'limit',
      `limit must be a whole number from 1 to ${maxPageSize}; got ${quote(limitText)}.`,
    )
  }
  const cursor = params.get('cursor')?.trim() ?? ''
  return {
    ...filters,
    sort: { field: sort.field, desc: sort.desc },
    limit,
    cursor: cursor === '' ? null : cursor,
  }
}
