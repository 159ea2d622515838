import { http, HttpResponse } from 'msw'
import { accountPath } from '@/api/account'
import { healthPath } from '@/api/health'
import { accountName, accountTimeZone } from './data/account'
import type { MockEngine } from './engine/mock-request'
import { apiPattern, logHandlers } from './http/log-handlers'

/**
 * The one set of handlers: dev server, unit tests and browser tests all use
 * it. Only where the data is queried differs: a worker in the browser, this
 * thread in node.
 */
export const createHandlers = (engine: MockEngine) => [
  // Health always answers: it tells whether the backend is there, not how it behaves.
  http.get(apiPattern(healthPath), () =>
    HttpResponse.json({ status: 'ok', version: '1', backend: 'mock' }),
  ),
  http.get(apiPattern(accountPath), () =>
    HttpResponse.json({ name: accountName, time_zone: accountTimeZone }),
  ),
  ...logHandlers(engine),
]

export { apiPattern }
