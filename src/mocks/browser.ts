import { setupWorker } from 'msw/browser'
import type { LogKind } from '@/domain/log-query'
import { dataSettings } from './engine/mock-request'
import { createHandlers } from './handlers'
import { mockSettings, setMockDefaults } from './settings/settings-store'
import { readStoredSettings } from './settings/stored-settings'
import { workerEngine } from './worker/worker-engine'

const createEngineWorker = () =>
  new Worker(new URL('./worker/engine-worker.ts', import.meta.url), {
    type: 'module',
    name: 'callboard-mock-data',
  })

/** The logs the page at `pathname` asks for first, to build while the service worker starts. */
export function landingLogs(pathname: string): LogKind[] {
  if (pathname.startsWith('/texts')) return ['texts']
  if (pathname.startsWith('/insights')) return ['calls', 'texts']
  if (pathname.startsWith('/statuses')) return []
  return ['calls']
}

/**
 * Starts the embedded backend: MSW's service worker answers `/api/` through
 * the handlers in this page, which hand each query to the data worker.
 * Resolves once requests are answered, with whether the settings panel is
 * wanted. The data worker starts, and builds the landing page's log, before
 * the service worker is ready, so the first request finds its data built.
 */
export async function startMockBackend(
  serviceWorkerUrl: string,
): Promise<{ panel: boolean }> {
  setMockDefaults(readStoredSettings())
  const engine = workerEngine(createEngineWorker)
  const data = dataSettings(mockSettings())
  for (const kind of landingLogs(location.pathname)) {
    // A worker that fails says so on the first real request.
    engine.answer({ route: 'build', kind, search: '', data }).catch(() => undefined)
  }
  const worker = setupWorker(...createHandlers(engine))
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    quiet: true,
    onUnhandledRequest(request, print) {
      // The API is all mocked: an unknown path there is our bug, said loudly.
      if (new URL(request.url).pathname.startsWith('/api/')) print.error()
    },
  })
  return { panel: mockSettings().panel }
}
