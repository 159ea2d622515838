import type { MockAnswer, MockRequest } from '../engine/mock-request'

/** A User Timing measure taken in the worker, to be recorded in the page. */
export type WorkerMeasure = {
  name: string
  /** Epoch-based: the worker's time origin plus its start time. */
  start: number
  duration: number
  detail: unknown
}

export type EngineCall = { id: number; request: MockRequest }

export type EngineReply = { id: number; answer: MockAnswer; measures: WorkerMeasure[] }
