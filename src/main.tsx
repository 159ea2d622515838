import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import '@/app/styles.css'

/** Resolves true when the embedded mock backend answers the API. */
async function startEmbeddedBackend(): Promise<boolean> {
  // Statically false when a real API is configured, so the mock chunks are
  // dropped from that build and never downloaded.
  if (!import.meta.env.VITE_API_BASE_URL) {
    const { startMockWorker } = await import('@/mocks/browser')
    await startMockWorker()
    return true
  }
  return false
}

const root = createRoot(document.getElementById('root') as HTMLElement)

void startEmbeddedBackend()
  .catch((error: unknown) => {
    // The app still renders; every request will then show its own error.
    console.error('The embedded mock backend could not start.', error)
    return false
  })
  .then((mocked) => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
    // The mock's settings panel comes after the app, from the mock's lazy chunk.
    if (mocked && !import.meta.env.VITE_API_BASE_URL) {
      void import('@/mocks/dev-panel').then(({ mountDevPanel }) => mountDevPanel())
    }
  })
