// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getJson } from '@/api/client'
import { getHealth } from '@/api/health'
import { logPageWireSchema } from '@/api/log-page-schema'
import { fetchLogPage } from '@/api/logs'
import { isApiError } from '@/api/problem'
import { defaultSort, emptyFilters } from '@/domain/log-query'
import { configureMockBackend } from '@/mocks/node'
import { serveMockBackend } from '../../support/mock-server'

serveMockBackend()

const query = { filters: emptyFilters, sort: defaultSort }
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  )

describe('the mock backend’s dials', () => {
  it('fails every data request with a 500 problem at a failure rate of 1', async () => {
    configureMockBackend({ failureRate: 1 })
    const error = await failure(fetchLogPage('calls', query, null))
    expect(isApiError(error) && [error.kind, error.status]).toEqual(['http', 500])
    expect(isApiError(error) && error.message).toContain('on purpose')
    expect(isApiError(error) && error.isRetryable).toBe(true)
    // Health still answers: it says the backend is there.
    await expect(getHealth()).resolves.toMatchObject({ backend: 'mock' })
  })

  it('drops the connection when failures are network errors', async () => {
    configureMockBackend({ failureRate: 1, failure: 'network' })
    const error = await failure(fetchLogPage('texts', query, null))
    expect(isApiError(error) && error.kind).toBe('network')
  })

  it('fails none at a failure rate of 0', async () => {
    configureMockBackend({ failureRate: 0, failure: 'network' })
    await expect(fetchLogPage('calls', query, null)).resolves.toMatchObject({
      total: 1500,
    })
  })

  it('waits the configured latency before answering', async () => {
    configureMockBackend({ latency: { min: 60, max: 80 } })
    const started = performance.now()
    await fetchLogPage('calls', query, null)
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('never answers when told to hang, so the client times out', async () => {
    configureMockBackend({ hang: true })
    const error = await failure(
      getJson('/api/v1/calls', logPageWireSchema, { timeoutMs: 50 }),
    )
    expect(isApiError(error) && error.kind).toBe('timeout')
  })

  it('serves the data set the test asks for', async () => {
    configureMockBackend({ calls: 7, seed: 99 })
    await expect(fetchLogPage('calls', query, null)).resolves.toMatchObject({ total: 7 })
  })

  it('is back to the defaults in the next test', async () => {
    await expect(fetchLogPage('calls', query, null)).resolves.toMatchObject({
      total: 1500,
    })
  })
})

describe('the mock backend’s record of what it answered', () => {
  const answered = () =>
    (performance.getEntriesByName('mock:request') as PerformanceMeasure[]).map(
      (entry) => entry.detail as { method: string; url: string; status: number | string },
    )

  it('measures every data request with its outcome: answered, failed or dropped', async () => {
    performance.clearMeasures('mock:request')
    configureMockBackend({ calls: 7 })
    await fetchLogPage('calls', query, null)
    configureMockBackend({ failureRate: 1 })
    await failure(fetchLogPage('calls', query, null))
    configureMockBackend({ failureRate: 1, failure: 'network' })
    await failure(fetchLogPage('texts', query, null))

    const seen = answered()
    expect(seen.map((request) => request.status)).toEqual([200, 500, 'dropped'])
    expect(seen.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/v1/calls',
      '/api/v1/calls',
      '/api/v1/texts',
    ])
    expect(seen.every((request) => request.method === 'GET')).toBe(true)
  })
})
