// First, so the mock backend starts before the app's modules evaluate.
import { embeddedBackend } from './embedded-backend'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from '@/api/client'
import { App } from '@/app/app'
import '@/app/styles.css'

// The app renders while the mock's service worker starts; only its requests
// wait for the mock, so nothing ever talks to a backend that is not there yet.
holdRequestsUntil(embeddedBackend)
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
// The mock's settings panel comes after, from the mock's lazy chunk, if wanted.
void embeddedBackend.then((mock) => {
  if (mock?.panel && !import.meta.env.VITE_API_BASE_URL) {
    void import('@/mocks/dev-panel').then(({ mountDevPanel }) => mountDevPanel())
  }
})
