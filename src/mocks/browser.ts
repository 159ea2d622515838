import { FetchInterceptor } from '@mswjs/interceptors/fetch'
import { defineNetwork, HttpNetworkFrame, InterceptorSource } from 'msw/experimental'
import { createHandlers } from './handlers'
import { mockSettings, setMockDefaults } from './settings/settings-store'
import { readStoredSettings } from './settings/stored-settings'
import { workerEngine } from './worker/worker-engine'

type Interceptors = ConstructorParameters<typeof InterceptorSource>[0]['interceptors']

const createEngineWorker = () =>
  new Worker(new URL('./worker/engine-worker.ts', import.meta.url), {
    type: 'module',
    name: 'callboard-mock-data',
  })

/**
 * Starts the embedded backend in the page, with whether its settings panel
 * is wanted. MSW answers the app's own `fetch` calls right here (its
 * interceptor source), not from a service worker: no request makes the round
 * trip through another thread and back to this one before its handler runs,
 * and the app's code and images load straight from the server. The data is
 * built in a worker on the first API request, so the page never waits on it.
 */
export function startMockBackend(): { panel: boolean } {
  setMockDefaults(readStoredSettings())
  // MSW types its source for HTTP and WebSocket interceptors together; this one is HTTP only.
  const interceptors = [new FetchInterceptor()] as unknown as Interceptors
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors })],
    handlers: createHandlers(workerEngine(createEngineWorker)),
    context: { quiet: true },
    onUnhandledFrame: ({ frame, defaults }) => {
      // The API is all mocked: an unknown path there is our bug, said loudly.
      if (!(frame instanceof HttpNetworkFrame)) return
      if (new URL(frame.data.request.url).pathname.startsWith('/api/')) defaults.error()
    },
  })
  network.enable()
  return { panel: mockSettings().panel }
}
