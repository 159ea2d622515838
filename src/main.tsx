// First, so the mock backend starts before the app's modules evaluate.
import { embeddedBackend } from './embedded-backend'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from '@/api/client'
import { App } from '@/app/app'
import '@/app/styles.css'

// The app renders at once, its code loading alongside the mock's; requests wait for the mock.
holdRequestsUntil(embeddedBackend)
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
void embeddedBackend.then((mock) => {
  // The mock's settings panel comes after the app, from the mock's lazy chunk, if wanted.
  if (mock?.panel && !import.meta.env.VITE_API_BASE_URL) {
    void import('@/mocks/dev-panel').then(({ mountDevPanel }) => mountDevPanel())
  }
})
