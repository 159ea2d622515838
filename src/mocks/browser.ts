import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'

/** Starts the embedded backend in the page; resolves once it intercepts requests. */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers)
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error()
    },
  })
}
