// @vitest-environment node
import { delay, http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { answerMark, getJson } from '@/api/client'
import { requestTimeoutMs } from '@/api/config'
import { logPageWireSchema } from '@/api/log-page-schema'
import { fetchLogPage } from '@/api/logs'
import { ApiError, isApiError } from '@/api/problem'
import { createQueryClient, shouldRetry } from '@/app/query-client'
import { defaultSort, emptyFilters } from '@/domain/log-query'
import { server } from '@/mocks/node'
import { serveMockBackend } from '../support/mock-server'

serveMockBackend()

const query = { filters: emptyFilters, sort: defaultSort }
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  )

/** Counts the list requests, none of which ever gets an answer. */
function hangingLog(): { requests: () => number } {
  let requests = 0
  server.use(
    http.get('*/api/v1/calls', async () => {
      requests += 1
      await delay('infinite')
      return HttpResponse.json({})
    }),
  )
  return { requests: () => requests }
}

describe('a request that never answers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('fails after the timeout with a message that says so', async () => {
    hangingLog()
    const outcome = failure(fetchLogPage('calls', query, null))
    await vi.advanceTimersByTimeAsync(requestTimeoutMs)
    const error = await outcome
    expect(isApiError(error) && error.kind).toBe('timeout')
    expect(isApiError(error) && error.message).toBe(
      'The server did not answer within 15 seconds.',
    )
  })

  it('times out when the headers come but the body never ends', async () => {
    server.use(
      http.get(
        '*/api/v1/calls',
        () =>
          new HttpResponse(
            new ReadableStream({
              start: (controller) => controller.enqueue(new TextEncoder().encode('{')),
            }),
            { headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    )
    const outcome = failure(getJson('/api/v1/calls', logPageWireSchema))
    await vi.advanceTimersByTimeAsync(requestTimeoutMs)
    const error = await outcome
    expect(isApiError(error) && [error.kind, error.message]).toEqual([
      'timeout',
      'The server did not answer within 15 seconds.',
    ])
  })

  it('is asked once more, then the error stays (no endless retries)', async () => {
    const log = hangingLog()
    const client = createQueryClient()
    const outcome = failure(
      client.query({
        queryKey: ['hanging'],
        queryFn: ({ signal }) => fetchLogPage('calls', query, null, signal),
      }),
    )
    // Two timeouts and the backoff between them, then a long quiet minute.
    await vi.advanceTimersByTimeAsync(2 * requestTimeoutMs + 1_000)
    await vi.advanceTimersByTimeAsync(60_000)
    const error = await outcome
    expect(isApiError(error) && error.kind).toBe('timeout')
    expect(log.requests()).toBe(2)
  })

  it('stops at once, with no error to show, when the caller cancels', async () => {
    hangingLog()
    const controller = new AbortController()
    const outcome = failure(fetchLogPage('calls', query, null, controller.signal))
    controller.abort()
    const error = await outcome
    expect(isApiError(error)).toBe(false)
    expect(error).toMatchObject({ name: 'AbortError' })
  })
})

describe('the retry policy', () => {
  const http500 = new ApiError('http', 'Down', { status: 500 })
  const http404 = new ApiError('http', 'Gone', { status: 404 })
  const offline = new ApiError('network', 'Offline')
  const timeout = new ApiError('timeout', 'Slow')
  const badShape = new ApiError('invalid-response', 'Odd')

  it.each([
    { name: 'a 500', error: http500, times: 3 },
    { name: 'a network error', error: offline, times: 3 },
    { name: 'a timeout', error: timeout, times: 1 },
    { name: 'a 404', error: http404, times: 0 },
    { name: 'a body of the wrong shape', error: badShape, times: 0 },
  ])('retries $name $times times', ({ error, times }) => {
    const retries = [0, 1, 2, 3, 4].filter((count) => shouldRetry(count, error))
    expect(retries).toEqual([0, 1, 2, 3].slice(0, times))
  })
})

describe('the server’s own message', () => {
  it('is shown, but never as a wall of text', async () => {
    server.use(
      http.get('*/api/v1/calls', () =>
        HttpResponse.json(
          { title: 'Down', status: 503, detail: 'x'.repeat(100_000) },
          { status: 503 },
        ),
      ),
    )
    const error = await failure(fetchLogPage('calls', query, null))
    expect(isApiError(error) && error.message.length).toBe(300)
    expect(isApiError(error) && error.status).toBe(503)
  })
})

describe('the answer mark', () => {
  it('is set as each answer’s body is parsed, naming its path', async () => {
    performance.clearMarks(answerMark)
    await fetchLogPage('calls', query, null)
    const marks = performance.getEntriesByName(answerMark) as PerformanceMark[]
    expect(marks.map((mark) => mark.detail as unknown)).toEqual([
      { path: '/api/v1/calls' },
    ])
  })
})
