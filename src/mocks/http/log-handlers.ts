import { http, HttpResponse } from 'msw'
import { logPath } from '@/api/logs'
import { statsPath } from '@/api/stats'
import type { LogKind } from '@/domain/log-query'
import { currentDataset } from '../data/dataset'
import { InvalidParam } from '../engine/invalid-param'
import { queryLog } from '../engine/query-log'
import { measured } from '../measure'
import { callStats } from '../stats/call-stats'
import { textStats } from '../stats/text-stats'
import { chaos } from './chaos'
import { parseListRequest } from './list-params'
import {
  invalidParamResponse,
  notFoundResponse,
  serverErrorResponse,
} from './problem-response'
import { parseStatsRequest } from './stats-params'

/** The API prefix matched on any origin, so the same handlers serve browser and node. */
export const apiPattern = (path: string) => `*${path}`

const storeOf = (kind: LogKind) =>
  kind === 'calls' ? currentDataset().calls() : currentDataset().texts()

/** Latency and failures first; then the answer, bad parameters as 400s, never a crash. */
async function answer(work: () => Response): Promise<Response> {
  const failure = await chaos()
  if (failure) return failure
  try {
    return work()
  } catch (error) {
    if (error instanceof InvalidParam) {
      return invalidParamResponse(error.param, error.message)
    }
    console.error('The mock backend failed a request.', error)
    return serverErrorResponse('The mock backend hit an unexpected error.')
  }
}

const list = (kind: LogKind) =>
  http.get(apiPattern(logPath(kind)), ({ request }) =>
    answer(() => {
      const query = parseListRequest(kind, new URL(request.url).searchParams)
      const store = storeOf(kind)
      const body = measured('mock:query', { log: kind, size: store.size }, () => {
        const page = queryLog(store, query)
        return {
          data: page.rows.map((index) => store.record(index)),
          next_cursor: page.nextCursor,
          total: page.total,
          facets: page.facets,
        }
      })
      return HttpResponse.json(body)
    }),
  )

const stats = (kind: LogKind) =>
  http.get(apiPattern(statsPath(kind)), ({ request }) =>
    answer(() => {
      const query = parseStatsRequest(kind, new URL(request.url).searchParams)
      // Built (and measured as such) before the stats are timed.
      const store = storeOf(kind)
      const body = measured('mock:stats', { log: kind, interval: query.interval }, () =>
        store.kind === 'calls' ? callStats(store, query) : textStats(store, query),
      )
      return HttpResponse.json(body)
    }),
  )

const record = (kind: LogKind) =>
  http.get<{ id: string }>(apiPattern(`${logPath(kind)}/:id`), ({ params }) =>
    answer(() => {
      const store = storeOf(kind)
      const index = store.indexOf(params.id)
      const noun = kind === 'calls' ? 'call' : 'text'
      if (index === null) {
        return notFoundResponse(
          `There is no ${noun} with id ${JSON.stringify(params.id)}.`,
        )
      }
      return HttpResponse.json(store.record(index))
    }),
  )

/** Stats before records: `/calls/stats` is not a call's id. */
export const logHandlers = (['calls', 'texts'] as const).flatMap((kind) => [
  list(kind),
  stats(kind),
  record(kind),
])
