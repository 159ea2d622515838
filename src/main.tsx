import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import '@/app/styles.css'

async function startEmbeddedBackend(): Promise<void> {
  // Statically false when a real API is configured, so the mock chunks are
  // dropped from that build and never downloaded.
  if (!import.meta.env.VITE_API_BASE_URL) {
    const { startMockWorker } = await import('@/mocks/browser')
    await startMockWorker()
  }
}

const root = createRoot(document.getElementById('root') as HTMLElement)

startEmbeddedBackend()
  .catch((error: unknown) => {
    // The app still renders; every request will then show its own error.
    console.error('The embedded mock backend could not start.', error)
  })
  .finally(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
