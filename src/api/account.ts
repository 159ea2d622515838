import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'

/** The account whose activity the logs show; its zone is the one it reports in. */
export const accountSchema = z.object({
  name: z.string(),
  /** An IANA zone name, e.g. "America/Chicago". */
  time_zone: z.string().check(z.minLength(1)),
})

export type Account = z.infer<typeof accountSchema>

export const accountPath = '/api/v1/account'

export function getAccount(signal?: AbortSignal): Promise<Account> {
  return getJson(accountPath, accountSchema, { signal })
}

export const accountQueryOptions = queryOptions({
  queryKey: ['account'],
  queryFn: ({ signal }) => getAccount(signal),
  // An account's zone changes rarely; one read per visit is enough.
  staleTime: Infinity,
})
