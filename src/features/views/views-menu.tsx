import { Bookmark, ChevronDown } from 'lucide-react'
import { useState, type ComponentProps, type ReactNode } from 'react'
import { activeView, viewParams, type SavedViews } from '@/domain/saved-views'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { appliedViewId, readViews, writeViews, type ViewScope } from './view-store'

const popup = deferredModule(() => import('./views-popup'))

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
      <Bookmark aria-hidden className="size-3.5 shrink-0" />
      <span className="truncate">{children}</span>
      <ChevronDown aria-hidden className="size-3.5 shrink-0 text-muted" />
    </button>
  )
}

/**
 * Saved views of a log: named filters, range, sort and columns, kept in this
 * browser. The button names the view the URL shows, and says when it has
 * been changed since. The menu loads on first use.
 */
export function ViewsMenu({ scope, search, onApply }: ViewsMenuProps) {
  const [read, setRead] = useState(() => readViews(scope))
  const [wanted, setWanted] = useState(false)
  const module = useDeferredModule(popup, wanted)
  const params = viewParams(search)
  const active = activeView(read.state, params, appliedViewId(scope))
  const label = active ? (
    <>
      View: <bdi>{active.view.name}</bdi>
      {active.modified ? ' (modified)' : ''}
    </>
  ) : (
    'Views'
  )
  if (!module)
    return (
      <ViewsButton aria-haspopup="dialog" onClick={() => setWanted(true)}>
        {label}
      </ViewsButton>
    )
  const Popup = module.ViewsPopup
  return (
    <Popup
      scope={scope}
      params={params}
      state={read.state}
      active={active}
      problem={read.problem}
      label={label}
      onChange={(state: SavedViews) => {
        const stored = writeViews(scope, state)
        setRead({ state })
        return stored
      }}
      onApply={onApply}
    />
  )
}
