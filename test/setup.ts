import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { resetMockBackend, server } from '@/mocks/node'

// Logic tests run in node (`@vitest-environment node`): no DOM to polyfill there.
if (typeof window !== 'undefined') await import('./support/jsdom-polyfills')

// Lazy routes load on first use; give them time on a slow machine.
configure({ asyncUtilTimeout: 5000 })

// The same handlers as the browser; a request no handler knows fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  // Back to the small, fixed test data set with no latency or failures.
  resetMockBackend()
})
afterAll(() => server.close())
