import { useId, useState } from 'react'
import { maxNameLength, nameProblem, type SavedViews } from '@/domain/saved-views'

type NameFormProps = {
  state: SavedViews
  label: string
  submit: string
  initial?: string
  /** The view being renamed, whose own name is free to keep. */
  exceptId?: string
  onSubmit: (name: string) => void
  onCancel?: () => void
  /** The label is read by screen readers only (a rename in place). */
  compact?: boolean
}

/** A view's name, checked before it is used: not empty, not too long, not taken. */
export function NameForm(props: NameFormProps) {
  const [name, setName] = useState(props.initial ?? '')
  const [problem, setProblem] = useState<string>()
  const id = useId()
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={(event) => {
        event.preventDefault()
        const why = nameProblem(props.state, name, props.exceptId)
        setProblem(why)
        if (why) return
        props.onSubmit(name)
        setName('')
      }}
    >
      <label
        htmlFor={`${id}-name`}
        className={props.compact ? 'sr-only' : 'text-xs font-medium text-muted'}
      >
        {props.label}
      </label>
      <div className="flex gap-1.5">
        <input
          id={`${id}-name`}
          value={name}
          maxLength={maxNameLength + 20}
          autoFocus={props.compact}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          placeholder="Name"
          className="h-8 min-w-0 flex-1 rounded-md border border-line bg-surface px-2 text-sm placeholder:text-faint focus:border-accent"
        />
        <button
          type="submit"
          className="h-8 shrink-0 rounded-md bg-accent px-2.5 text-xs font-medium text-accent-ink hover:opacity-90"
        >
          {props.submit}
        </button>
        {props.onCancel ? (
          <button
            type="button"
            onClick={props.onCancel}
            className="h-8 shrink-0 rounded-md border border-line px-2.5 text-xs font-medium hover:bg-surface-2"
          >
            Cancel
          </button>
        ) : null}
      </div>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-xs text-danger">
          {problem}
        </p>
      ) : null}
    </form>
  )
}
