import { FlaskConical } from 'lucide-react'
import { Popover } from 'radix-ui'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DevPanelForm } from './dev-panel-form'
import { mockSettings } from './settings/settings-store'

/**
 * The mock backend's settings, behind a discreet button in the bottom-left
 * corner. Lives in the mock's lazy chunk: a build for a real API has none of it.
 */
export function DevPanel() {
  return (
    <Popover.Root>
      <Popover.Trigger
        aria-label="Mock backend settings"
        title="Mock backend settings"
        className="fixed bottom-3 left-3 z-40 grid size-8 place-items-center rounded-full border border-line bg-surface text-muted opacity-60 shadow-sm hover:text-ink hover:opacity-100 focus-visible:opacity-100 data-[state=open]:opacity-100"
      >
        <FlaskConical aria-hidden className="size-4" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          align="start"
          sideOffset={8}
          aria-label="Mock backend settings"
          className="z-50 w-72 rounded-lg border border-line bg-surface p-4 text-sm text-ink shadow-lg"
        >
          <DevPanelForm />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

/** Renders the panel in its own root, after the app, unless the settings hide it. */
export function mountDevPanel(): void {
  if (!mockSettings().panel || document.getElementById('callboard-mock-panel')) return
  const host = document.createElement('div')
  host.id = 'callboard-mock-panel'
  document.body.append(host)
  createRoot(host).render(
    <StrictMode>
      <DevPanel />
    </StrictMode>,
  )
}
