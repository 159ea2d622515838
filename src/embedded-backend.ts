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
  // The data worker's small chunk and MSW's large one download side by side.
  // MSW registers its service worker itself: one registered here first, before
  // it controls the page, would make MSW reload the page.
  const engine = import('@/mocks/data-worker').then((mock) => mock.startDataWorker())
  const { startMockBackend } = await import('@/mocks/browser')
  return startMockBackend('/mockServiceWorker.js', await engine)
}
