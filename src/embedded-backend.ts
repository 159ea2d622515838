/**
 * The embedded mock backend, started as soon as the entry chunk runs, before
 * the app's own modules: its code downloads while they evaluate. Resolves
 * whether its settings panel is wanted; undefined with a real API.
 */
export const embeddedBackend: Promise<{ panel: boolean } | undefined> = start().catch(
  (error: unknown) => {
    // The app still renders; every request will then show its own error.
    console.error('The embedded mock backend could not start.', error)
    return undefined
  },
)

async function start(): Promise<{ panel: boolean } | undefined> {
  // Statically false when a real API is configured, so the mock chunks are
  // dropped from that build and never downloaded.
  if (import.meta.env.VITE_API_BASE_URL) return undefined
  const serviceWorkerUrl = '/mockServiceWorker.js'
  // MSW's service worker installs while the mock's code downloads and parses.
  const controlled = controlledBy(serviceWorkerUrl).catch(() => undefined)
  // The data worker's small chunk and MSW's large one download side by side.
  const engine = import('@/mocks/data-worker').then((mock) => mock.startDataWorker())
  const { startMockBackend } = await import('@/mocks/browser')
  // MSW reloads a page its worker is registered for but does not control yet.
  await controlled
  return startMockBackend(serviceWorkerUrl, await engine)
}

/** Registers the service worker; resolves once it controls this page, or never will. */
async function controlledBy(url: string): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  const container = navigator.serviceWorker
  const registration = await container.register(url)
  const worker = registration.installing ?? registration.waiting
  // Controlled already; or active without controlling (a hard reload), which MSW handles.
  if (container.controller || !worker) return
  await new Promise<void>((resolve) => {
    // The worker claims the page as it activates.
    container.addEventListener('controllerchange', () => resolve(), { once: true })
    worker.addEventListener('statechange', () => {
      if (worker.state === 'redundant') resolve()
    })
  })
}
