import { http, HttpResponse } from 'msw'
import { healthPath } from '@/api/health'

/** The API prefix matched on any origin, so the same handlers serve browser and node. */
export const apiPattern = (path: string) => `*${path}`

/** The one set of handlers: dev server, unit tests and browser tests all use it. */
export const handlers = [
  http.get(apiPattern(healthPath), () =>
    HttpResponse.json({ status: 'ok', version: '1', backend: 'mock' }),
  ),
]
