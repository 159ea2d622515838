// First, so the mock backend starts before the app's modules evaluate.
import { embeddedBackend } from './embedded-backend'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from '@/api/client'
import { App } from '@/app/app'
import '@/app/styles.css'

// Requests wait for the mock even if something asks before the app renders.
holdRequestsUntil(embeddedBackend)
// The mock answers before the first render, so nothing on screen ever talks
// to a backend that is not there yet; its code downloaded while the app's
// modules evaluated.
void embeddedBackend.then((mock) => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
  // The mock's settings panel comes after the app, from the mock's lazy chunk, if wanted.
  if (mock?.panel && !import.meta.env.VITE_API_BASE_URL) {
    void import('@/mocks/dev-panel').then(({ mountDevPanel }) => mountDevPanel())
  }
})
