import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { setMockDefaults } from './settings/settings-store'
import { readStoredSettings } from './settings/stored-settings'

/**
 * Starts the embedded backend in the page; resolves once it intercepts
 * requests. The data is built on the first API request, not here, so the
 * worker starts fast.
 */
export async function startMockWorker(): Promise<void> {
  setMockDefaults(readStoredSettings())
  const worker = setupWorker(...handlers)
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error()
    },
  })
}
