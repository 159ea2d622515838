import { Popover } from 'radix-ui'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import {
  addView,
  deleteView,
  renameView,
  setDefaultView,
  type SavedView,
  type SavedViews,
} from '@/domain/saved-views'
import { captureColumns, restoreColumns } from './column-state'
import { NameForm } from './name-form'
import { ViewItem } from './view-item'
import { hasColumns } from './view-key'
import { markApplied, type ViewScope } from './view-store'
import { ViewsButton } from './views-menu'

type ViewsPopupProps = {
  scope: ViewScope
  params: Record<string, string>
  state: SavedViews
  active: { view: SavedView; modified: boolean } | undefined
  problem: string | undefined
  label: ReactNode
  /** Stores the views; false if the browser would not. */
  onChange: (state: SavedViews) => boolean
  onApply: (params: Record<string, string>) => void
}

const newId = () => `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** The Views menu itself; it replaces the stand-in button, open, on first use. */
export function ViewsPopup(props: ViewsPopupProps) {
  const { scope, state, active } = props
  const [open, setOpen] = useState(true)
  const [renaming, setRenaming] = useState<string>()
  const [message, setMessage] = useState('')
  // A rename or delete removes the focused control: focus goes to the view, or the menu.
  const [focusRequest, setFocusRequest] = useState({ id: '', n: 0 })
  const refocus = (id = '') => setFocusRequest(({ n }) => ({ id, n: n + 1 }))
  const contentRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focusRequest.n > 0 && focusRequest.id === '') contentRef.current?.focus()
  }, [focusRequest])

  const change = (next: SavedViews, done: string) =>
    setMessage(props.onChange(next) ? done : 'This browser would not store the views.')
  const apply = (view: SavedView) => {
    restoreColumns(scope, view.columns)
    markApplied(scope, view.id)
    props.onApply(view.params)
    setOpen(false)
  }

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <ViewsButton>{props.label}</ViewsButton>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          ref={contentRef}
          tabIndex={-1}
          align="end"
          sideOffset={4}
          collisionPadding={8}
          aria-label="Saved views"
          // Escape while renaming leaves the rename first.
          onEscapeKeyDown={(event) => {
            if (renaming === undefined) return
            event.preventDefault()
            setRenaming(undefined)
            refocus(renaming)
          }}
          className="z-50 flex max-h-[min(32rem,var(--radix-popover-content-available-height))] w-80 flex-col rounded-lg border border-line bg-surface text-sm shadow-lg"
        >
          <h2 className="px-3 pt-3 pb-1 text-xs font-semibold text-muted">Saved views</h2>
          {props.problem ? (
            <p
              role="alert"
              className="mx-3 my-1 rounded-md bg-warning-soft px-2 py-1.5 text-xs text-warning-ink"
            >
              {props.problem}
            </p>
          ) : null}
          {state.views.length === 0 ? (
            <p className="px-3 py-2 text-xs text-muted">
              None yet. Name the{' '}
              {hasColumns(scope)
                ? 'filters, time range, sort and columns'
                : 'filters and time range'}{' '}
              you see now to come back to them.
            </p>
          ) : (
            <ul aria-label="Saved views" className="min-h-0 flex-1 overflow-y-auto p-1">
              {state.views.map((view) => (
                <ViewItem
                  key={view.id}
                  view={view}
                  state={state}
                  current={active?.view.id === view.id ? active : undefined}
                  isDefault={state.defaultId === view.id}
                  renaming={renaming === view.id}
                  focusRequest={focusRequest.id === view.id ? focusRequest.n : 0}
                  onApply={() => apply(view)}
                  onRenameStart={() => setRenaming(view.id)}
                  onRename={(name) => {
                    setRenaming(undefined)
                    refocus(view.id)
                    change(
                      renameView(state, view.id, name),
                      `Renamed to “${name.trim()}”.`,
                    )
                  }}
                  onRenameCancel={() => {
                    setRenaming(undefined)
                    refocus(view.id)
                  }}
                  onToggleDefault={() =>
                    state.defaultId === view.id
                      ? change(
                          setDefaultView(state, undefined),
                          'No view opens by default.',
                        )
                      : change(
                          setDefaultView(state, view.id),
                          `“${view.name}” opens by default.`,
                        )
                  }
                  onDelete={() => {
                    if (active?.view.id === view.id) markApplied(scope, undefined)
                    refocus()
                    change(deleteView(state, view.id), `Deleted “${view.name}”.`)
                  }}
                />
              ))}
            </ul>
          )}
          <div className="border-t border-line p-3">
            <NameForm
              state={state}
              label="Save the current view as"
              submit="Save view"
              onSubmit={(name) => {
                const view = {
                  id: newId(),
                  name: name.trim(),
                  params: props.params,
                  columns: captureColumns(scope),
                }
                markApplied(scope, view.id)
                change(addView(state, view), `Saved “${view.name}”.`)
              }}
            />
          </div>
          <p role="status" className="sr-only">
            {message}
          </p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
