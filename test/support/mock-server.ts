import { afterAll, afterEach, beforeAll } from 'vitest'
import { resetMockBackend, server } from '@/mocks/node'

/**
 * The embedded backend's handlers answer this file's requests, and a request
 * no handler knows fails the test. Logic files call it when they make requests;
 * component files get it from test/setup.ts.
 */
export function serveMockBackend(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    // Back to the small, fixed test data set with no latency or failures.
    resetMockBackend()
  })
  afterAll(() => server.close())
}
