import { http, HttpResponse } from 'msw'
import { healthPath } from '@/api/health'
import { apiPattern, logHandlers } from './http/log-handlers'

/** The one set of handlers: dev server, unit tests and browser tests all use it. */
export const handlers = [
  // Health always answers: it tells whether the backend is there, not how it behaves.
  http.get(apiPattern(healthPath), () =>
    HttpResponse.json({ status: 'ok', version: '1', backend: 'mock' }),
  ),
  ...logHandlers,
]

export { apiPattern }
