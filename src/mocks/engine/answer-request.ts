import { logKindInfo } from '@/domain/log-kind'
import { currentDataset } from '../data/dataset'
import { liveNow } from '../data/live-clock'
import { importedSet } from '../data/imported-sets'
import { parseListRequest } from '../http/list-params'
import { parseStatsRequest } from '../http/stats-params'
import { measured } from '../measure'
import { callStats } from '../stats/call-stats'
import { textStats } from '../stats/text-stats'
import { InvalidParam } from './invalid-param'
import { advanceStore } from './live-store'
import { problemAnswer } from './problem-answer'
import type { MockAnswer, MockRequest } from './mock-request'
import { queryLog } from './query-log'

const json = (body: unknown): MockAnswer => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify(body),
})

class MissingSet extends Error {}

/** The demo data, or the imported set the request names (loaded beforehand). */
function datasetOf(request: MockRequest) {
  if (!request.set) return currentDataset(request.data)
  const set = importedSet(request.set)
  if (!set) throw new MissingSet()
  return set
}

function work(request: MockRequest): MockAnswer {
  const dataset = datasetOf(request)
  const store = request.kind === 'calls' ? dataset.calls() : dataset.texts()
  const params = new URLSearchParams(request.search)
  // An imported set is history; only the demo data runs on with the clock.
  if (!request.set) {
    advanceStore(store, liveNow(currentDataset(request.data), params.get('to')))
  }
  switch (request.route) {
    case 'build':
      return { status: 204, contentType: 'text/plain', body: '' }
    case 'list': {
      const query = parseListRequest(request.kind, params)
      return measured('mock:query', { log: request.kind, size: store.size }, () => {
        const page = queryLog(store, query)
        return json({
          data: page.rows.map((index) => store.record(index)),
          next_cursor: page.nextCursor,
          total: page.total,
          facets: page.facets,
        })
      })
    }
    case 'stats': {
      const query = parseStatsRequest(request.kind, params)
      return measured('mock:stats', { log: request.kind, interval: query.interval }, () =>
        json(store.kind === 'calls' ? callStats(store, query) : textStats(store, query)),
      )
    }
    case 'record': {
      const index = store.indexOf(request.id ?? '')
      // A live log's records past its clock have not happened yet.
      if (index !== null && (store.time[index] as number) < store.now)
        return json(store.record(index))
      const noun = logKindInfo[request.kind].noun.one
      return problemAnswer.notFound(
        `There is no ${noun} with id ${JSON.stringify(request.id)}.`,
      )
    }
  }
}

/**
 * Answers one API request from the data set it names: pure data in, pure
 * data out, so it runs the same in a worker and in this thread. Bad
 * parameters are 400s; anything else that goes wrong is a 500, never a throw.
 */
export function answerRequest(request: MockRequest): MockAnswer {
  try {
    return work(request)
  } catch (error) {
    if (error instanceof InvalidParam) {
      return problemAnswer.invalidParam(error.param, error.message)
    }
    if (error instanceof MissingSet) {
      return problemAnswer.notFound(
        'The imported data set is not in this browser any more: switch to another one from the data badge in the header.',
      )
    }
    console.error('The mock backend failed a request.', error)
    return problemAnswer.serverError('The mock backend hit an unexpected error.')
  }
}
