import { setupWorker } from 'msw/browser'
import type { MockEngine } from './engine/mock-request'
import { createHandlers } from './handlers'
import { mockSettings } from './settings/settings-store'

/**
 * Starts MSW's service worker: it hands every `/api/` request to the
 * handlers in this page, which ask the data worker (`engine`). Resolves
 * once requests are answered, with whether the settings panel is wanted.
 */
export async function startMockBackend(
  serviceWorkerUrl: string,
  engine: MockEngine,
): Promise<{ panel: boolean }> {
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
