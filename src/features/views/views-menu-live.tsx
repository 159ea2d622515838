import { useEffect, useReducer, useState } from 'react'
import { activeView, viewParams, type SavedViews } from '@/domain/saved-views'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { captureColumns, watchColumns } from './column-state'
import { hasColumns } from './view-key'
import { appliedViewId, readViews, writeViews } from './view-store'
import { ViewsButton, type ViewsMenuProps } from './views-menu'

const popup = deferredModule(() => import('./views-popup'))

/**
 * Saved views of a page: named filters, range, sort and (on a log) columns,
 * kept in this browser. The button names the view the page shows, and says
 * when its URL or its columns have been changed since. The menu itself loads
 * on first use.
 */
export function ViewsMenuLive({
  scope,
  search,
  onApply,
  startOpen,
}: ViewsMenuProps & { startOpen: boolean }) {
  const [read, setRead] = useState(() => readViews(scope))
  const [wanted, setWanted] = useState(startOpen)
  // A column resized, hidden or moved: compare the columns again.
  const [, columnsChanged] = useReducer((n: number) => n + 1, 0)
  useEffect(() => watchColumns(scope, columnsChanged), [scope])
  const module = useDeferredModule(popup, wanted)
  const params = viewParams(search)
  const columns = hasColumns(scope) ? captureColumns(scope) : undefined
  const active = activeView(read.state, params, appliedViewId(scope), columns)
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
