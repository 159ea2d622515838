import type { MockAnswer, MockEngine, MockRequest } from '../engine/mock-request'
import type { EngineCall, EngineReply, WorkerMeasure } from './engine-protocol'

type Pending = { resolve: (answer: MockAnswer) => void; reject: (error: Error) => void }

/** The worker's measures, recorded on the page's timeline where the benchmark reads them. */
function record(measures: WorkerMeasure[]): void {
  for (const { name, start, duration, detail } of measures) {
    try {
      performance.measure(name, {
        start: start - performance.timeOrigin,
        duration,
        detail,
      })
    } catch {
      // Timing is a nicety: the answer still counts.
    }
  }
}

/** This thread's engine, loaded only if the worker fails. */
const inThread: MockEngine = {
  answer: async (request) =>
    (await import('../engine/local-engine')).localEngine.answer(request),
}

/**
 * A MockEngine that answers in a worker, in the order asked. If the worker
 * cannot start or dies, what was waiting fails with a clear error (a 500
 * problem) and later requests are answered in this thread instead.
 */
export function workerEngine(createWorker: () => Worker): MockEngine {
  const pending = new Map<number, Pending>()
  let nextId = 1
  let worker: Worker | null = null
  let broken = false

  const fail = (reason: string) => {
    broken = true
    worker?.terminate()
    worker = null
    for (const { reject } of pending.values()) reject(new Error(reason))
    pending.clear()
  }

  const start = (): Worker => {
    const created = createWorker()
    created.onmessage = ({ data }: MessageEvent<EngineReply>) => {
      record(data.measures)
      pending.get(data.id)?.resolve(data.answer)
      pending.delete(data.id)
    }
    created.onerror = (event) => {
      event.preventDefault()
      fail(`The mock backend's worker failed: ${event.message || 'it did not start'}.`)
    }
    return created
  }

  return {
    answer(request: MockRequest) {
      if (!broken && !worker) {
        try {
          worker = start()
        } catch (error) {
          fail(`The mock backend's worker did not start: ${String(error)}`)
        }
      }
      if (broken || !worker) return inThread.answer(request)
      const id = nextId++
      const answered = new Promise<MockAnswer>((resolve, reject) =>
        pending.set(id, { resolve, reject }),
      )
      const call: EngineCall = { id, request }
      worker.postMessage(call)
      return answered
    },
  }
}
