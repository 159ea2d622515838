import { http } from 'msw'
import { logPath } from '@/api/logs'
import { statsPath } from '@/api/stats'
import type { LogKind } from '@/domain/log-query'
import {
  dataSettings,
  type MockEngine,
  type MockRequest,
  type MockRoute,
} from '../engine/mock-request'
import { activeDatasetRef } from '../engine/active-set'
import { recordMeasure } from '../measure'
import { mockSettings } from '../settings/settings-store'
import { chaos } from './chaos'
import { answerResponse, serverErrorResponse } from './problem-response'

/** The API prefix matched on any origin, so the same handlers serve browser and node. */
export const apiPattern = (path: string) => `*${path}`

/** Latency and failures first; then the engine's answer, never a crash. */
async function answer(engine: MockEngine, request: Omit<MockRequest, 'data'>) {
  const failure = await chaos()
  if (failure) return failure
  try {
    return answerResponse(
      await engine.answer({
        ...request,
        data: dataSettings(mockSettings()),
        ...activeDatasetRef(),
      }),
    )
  } catch (error) {
    console.error('The mock backend could not answer a request.', error)
    return serverErrorResponse('The mock backend could not answer this request.')
  }
}

const searchOf = (request: Request) => new URL(request.url).search.slice(1)

/**
 * Each answered request as a `mock:request` measure, from the handler's start
 * to its answer: DevTools' Performance panel shows how much of a request's
 * time (in the Network panel) the mock itself took.
 */
function recordRequest(request: Request, start: number, response: Response): void {
  const status = response.type === 'error' ? 'dropped' : response.status
  recordMeasure('mock:request', start, {
    method: request.method,
    url: request.url,
    status,
  })
}

function route(engine: MockEngine, kind: LogKind, name: MockRoute, path: string) {
  return http.get<{ id: string }>(apiPattern(path), async ({ request, params }) => {
    const start = performance.now()
    const response = await answer(engine, {
      route: name,
      kind,
      search: searchOf(request),
      id: params.id,
    })
    recordRequest(request, start, response)
    return response
  })
}

/** Stats before records: `/calls/stats` is not a call's id. */
export const logHandlers = (engine: MockEngine) =>
  (['calls', 'texts'] as const).flatMap((kind) => [
    route(engine, kind, 'list', logPath(kind)),
    route(engine, kind, 'stats', statsPath(kind)),
    route(engine, kind, 'record', `${logPath(kind)}/:id`),
  ])
