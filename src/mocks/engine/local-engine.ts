import { answerRequest } from './answer-request'
import type { MockEngine } from './mock-request'

/** Answers in this thread: node's tests, and browsers that cannot start the worker. */
export const localEngine: MockEngine = {
  answer: (request) => Promise.resolve(answerRequest(request)),
}
