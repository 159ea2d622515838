import { ChevronDown } from 'lucide-react'
import { useState, type ComponentProps, type ReactNode } from 'react'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import type { ViewScope } from './view-key'

const live = deferredModule(() => import('./views-menu-live'))

export type ViewsMenuProps = {
  scope: ViewScope
  /** The page's search as the router has it: every parameter in the URL. */
  search: Record<string, unknown>
  /** Opens a view's parameters, as a link to them would. */
  onApply: (params: Record<string, string>) => void
}

export function ViewsButton({
  children,
  ...props
}: ComponentProps<'button'> & { children: ReactNode }) {
  return (
    <button
      type="button"
      className="inline-flex h-8 max-w-72 items-center gap-1.5 rounded-md border border-line bg-surface px-2.5 text-xs font-medium hover:bg-surface-2"
      {...props}
    >
      <span className="truncate">{children}</span>
      <ChevronDown aria-hidden className="size-3.5 shrink-0 text-muted" />
    </button>
  )
}

/**
 * The Views button. Its code (the stored views, the active one's name) loads
 * once `ready` (the first rows are painted) or on a click, so the first rows
 * never wait for it; a click before then opens the menu as it arrives.
 */
export function ViewsMenu({ ready, ...props }: ViewsMenuProps & { ready: boolean }) {
  const [clicked, setClicked] = useState(false)
  const Live = useDeferredModule(live, ready || clicked)?.ViewsMenuLive
  if (Live) return <Live {...props} startOpen={clicked} />
  return (
    <ViewsButton aria-haspopup="dialog" onClick={() => setClicked(true)}>
      Views
    </ViewsButton>
  )
}
