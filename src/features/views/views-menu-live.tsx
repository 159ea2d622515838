import { useState } from 'react'
import { activeView, viewParams, type SavedViews } from '@/domain/saved-views'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { appliedViewId, readViews, writeViews } from './view-store'
import { ViewsButton, type ViewsMenuProps } from './views-menu'

const popup = deferredModule(() => import('./views-popup'))

/**
 * Saved views of a log: named filters, range, sort and columns, kept in this
 * browser. The button names the view the URL shows, and says when it has
 * been changed since. The menu itself loads on first use.
 */
export function ViewsMenuLive({
  scope,
  search,
  onApply,
  startOpen,
}: ViewsMenuProps & { startOpen: boolean }) {
  const [read, setRead] = useState(() => readViews(scope))
  const [wanted, setWanted] = useState(startOpen)
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
