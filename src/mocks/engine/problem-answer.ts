// No MSW here: the mock's worker imports this, and MSW needs a page (localStorage).
import type { Problem } from '@/api/problem'
import type { MockAnswer } from './mock-request'

export const problemType = (slug: string) => `https://callboard.example/problems/${slug}`

/** An RFC 9457 problem-details answer, as plain data. */
function problem(body: Problem & { status: number; title: string }): MockAnswer {
  return {
    status: body.status,
    contentType: 'application/problem+json',
    body: JSON.stringify(body),
  }
}

export const problemAnswer = {
  invalidParam: (param: string, detail: string) =>
    problem({
      type: problemType('invalid-parameter'),
      title: 'Invalid query parameter',
      status: 400,
      detail,
      param,
    }),
  notFound: (detail: string) =>
    problem({ type: problemType('not-found'), title: 'Not found', status: 404, detail }),
  serverError: (detail: string) =>
    problem({
      type: problemType('server-error'),
      title: 'Internal server error',
      status: 500,
      detail,
    }),
}
