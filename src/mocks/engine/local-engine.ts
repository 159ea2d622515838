import { loadImportedSet } from '../data/imported-sets'
import { answerRequest } from './answer-request'
import type { MockEngine, MockRequest } from './mock-request'

/**
 * Answers a request once the imported set it names, if any, is read from
 * IndexedDB (a set that cannot be read is answered as missing).
 */
export async function answerWithSet(request: MockRequest) {
  if (request.set) await loadImportedSet(request.set).catch(() => false)
  return answerRequest(request)
}

/** Answers in this thread: node's tests, and browsers that cannot start the worker. */
export const localEngine: MockEngine = { answer: answerWithSet }
