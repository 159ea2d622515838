import { Check, Pencil, Star, Trash2 } from 'lucide-react'
import { useEffect, useRef, type ReactNode } from 'react'
import type { SavedView, SavedViews } from '@/domain/saved-views'
import { NameForm } from './name-form'

type ViewItemProps = {
  view: SavedView
  state: SavedViews
  /** Set when the page shows this view, or showed it before a change. */
  current: { modified: boolean } | undefined
  isDefault: boolean
  renaming: boolean
  /** Changes when the view's button should take the focus (after a rename). */
  focusRequest: number
  onApply: () => void
  onRenameStart: () => void
  onRename: (name: string) => void
  onRenameCancel: () => void
  onToggleDefault: () => void
  onDelete: () => void
}

type ItemActionProps = {
  label: string
  title: string
  pressed?: boolean
  onClick: () => void
  children: ReactNode
}

/** One of a view's icon buttons, named for screen readers, with a tooltip for the rest. */
function ItemAction({ label, title, pressed, onClick, children }: ItemActionProps) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      title={title}
      onClick={onClick}
      className="shrink-0 rounded-md p-1.5 text-muted hover:bg-surface-3 hover:text-ink aria-pressed:text-accent"
    >
      {children}
    </button>
  )
}

/** One saved view: open it, rename it, make it the default, delete it. */
export function ViewItem(props: ViewItemProps) {
  const { view, current, isDefault, focusRequest } = props
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (focusRequest > 0) button.current?.focus()
  }, [focusRequest])
  if (props.renaming)
    return (
      <li data-view-id={view.id} className="px-2 py-1.5">
        <NameForm
          state={props.state}
          label={`New name for ${view.name}`}
          submit="Rename"
          initial={view.name}
          exceptId={view.id}
          compact
          onSubmit={props.onRename}
          onCancel={props.onRenameCancel}
        />
      </li>
    )
  return (
    <li
      data-view-id={view.id}
      className="group flex items-center gap-0.5 rounded-md hover:bg-surface-2"
    >
      <button
        ref={button}
        type="button"
        onClick={props.onApply}
        aria-current={current && !current.modified ? 'true' : undefined}
        className="flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-1.5 text-left"
      >
        <Check
          aria-hidden
          className={`size-3.5 shrink-0 ${current && !current.modified ? 'text-accent' : 'invisible'}`}
        />
        <bdi className="truncate">{view.name}</bdi>
        {current?.modified ? (
          <span className="shrink-0 text-xs text-muted">modified</span>
        ) : null}
        {isDefault ? (
          <span className="shrink-0 rounded bg-accent-soft px-1.5 text-[11px] font-medium">
            default
          </span>
        ) : null}
      </button>
      <ItemAction
        label={`Rename ${view.name}`}
        title="Rename"
        onClick={props.onRenameStart}
      >
        <Pencil aria-hidden className="size-3.5" />
      </ItemAction>
      <ItemAction
        label={`Open ${view.name} by default`}
        pressed={isDefault}
        title={isDefault ? 'Opens by default' : 'Open by default'}
        onClick={props.onToggleDefault}
      >
        <Star aria-hidden className={`size-3.5 ${isDefault ? 'fill-current' : ''}`} />
      </ItemAction>
      <ItemAction label={`Delete ${view.name}`} title="Delete" onClick={props.onDelete}>
        <Trash2 aria-hidden className="size-3.5" />
      </ItemAction>
    </li>
  )
}
