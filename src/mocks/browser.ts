import { setupWorker } from 'msw/browser'
import { createHandlers } from './handlers'
import { mockSettings, setMockDefaults } from './settings/settings-store'
import { readStoredSettings } from './settings/stored-settings'
import { workerEngine } from './worker/worker-engine'

const createEngineWorker = () =>
  new Worker(new URL('./worker/engine-worker.ts', import.meta.url), {
    type: 'module',
    name: 'callboard-mock-data',
  })

/**
 * Starts the embedded backend in the page; resolves once it intercepts
 * requests, with whether its settings panel is wanted. The data is built
 * in a worker on the first API request, not here, so the page never waits
 * on a build and the worker starts fast.
 */
export async function startMockWorker(workerUrl: string): Promise<{ panel: boolean }> {
  setMockDefaults(readStoredSettings())
  const worker = setupWorker(...createHandlers(workerEngine(createEngineWorker)))
  await worker.start({
    quiet: true,
    serviceWorker: { url: workerUrl },
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error()
    },
  })
  return { panel: mockSettings().panel }
}
