import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { mockSettings, setMockDefaults } from './settings/settings-store'
import { readStoredSettings } from './settings/stored-settings'

/**
 * Starts the embedded backend in the page; resolves once it intercepts
 * requests, with whether its settings panel is wanted. The data is built on
 * the first API request, not here, so the worker starts fast.
 */
export async function startMockWorker(workerUrl: string): Promise<{ panel: boolean }> {
  setMockDefaults(readStoredSettings())
  const worker = setupWorker(...handlers)
  await worker.start({
    quiet: true,
    serviceWorker: { url: workerUrl },
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error()
    },
  })
  return { panel: mockSettings().panel }
}
