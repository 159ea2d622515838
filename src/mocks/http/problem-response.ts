import { HttpResponse } from 'msw'
import type { Problem } from '@/api/problem'

export const problemType = (slug: string) => `https://callboard.example/problems/${slug}`

/** An RFC 9457 problem-details response. */
export function problemResponse(problem: Problem & { status: number; title: string }) {
  return HttpResponse.json(problem, {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

export const invalidParamResponse = (param: string, detail: string) =>
  problemResponse({
    type: problemType('invalid-parameter'),
    title: 'Invalid query parameter',
    status: 400,
    detail,
    param,
  })

export const notFoundResponse = (detail: string) =>
  problemResponse({
    type: problemType('not-found'),
    title: 'Not found',
    status: 404,
    detail,
  })

export const serverErrorResponse = (detail: string) =>
  problemResponse({
    type: problemType('server-error'),
    title: 'Internal server error',
    status: 500,
    detail,
  })
