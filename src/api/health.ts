import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  backend: z.enum(['mock', 'live']),
})

export type Health = z.infer<typeof healthSchema>

export const healthPath = '/api/v1/health'

export function getHealth(signal?: AbortSignal): Promise<Health> {
  return getJson(healthPath, healthSchema, { signal })
}

export const healthQueryOptions = queryOptions({
  queryKey: ['health'],
  queryFn: ({ signal }) => getHealth(signal),
  staleTime: 5 * 60_000,
})
