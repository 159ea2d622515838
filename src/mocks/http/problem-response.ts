import { HttpResponse } from 'msw'
import type { MockAnswer } from '../engine/mock-request'
import { problemAnswer } from '../engine/problem-answer'

export const answerResponse = (answer: MockAnswer) =>
  new HttpResponse(answer.body, {
    status: answer.status,
    headers: { 'Content-Type': answer.contentType },
  })

export const serverErrorResponse = (detail: string) =>
  answerResponse(problemAnswer.serverError(detail))
