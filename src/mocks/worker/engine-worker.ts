/// <reference lib="webworker" />
import { answerWithSet } from '../engine/local-engine'
import type { EngineCall, EngineReply, WorkerMeasure } from './engine-protocol'

/**
 * The embedded backend's data, built and queried in a worker so that no
 * build, query or idle-time sort ever blocks the page. Answers in order.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

function takeMeasures(): WorkerMeasure[] {
  const entries = performance.getEntriesByType('measure') as PerformanceMeasure[]
  const measures = entries.map((entry): WorkerMeasure => ({
    name: entry.name,
    start: performance.timeOrigin + entry.startTime,
    duration: entry.duration,
    detail: entry.detail as unknown,
  }))
  performance.clearMeasures()
  return measures
}

/** Answers in the order asked, even when one waits for a set to be read. */
let queue: Promise<void> = Promise.resolve()

scope.onmessage = ({ data }: MessageEvent<EngineCall>) => {
  queue = queue.then(async () => {
    const answer = await answerWithSet(data.request)
    const reply: EngineReply = { id: data.id, answer, measures: takeMeasures() }
    scope.postMessage(reply)
  })
}
