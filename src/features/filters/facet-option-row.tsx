import { memo } from 'react'
import { outcomeStyle } from '@/components/outcome-style'
import { StatusPill } from '@/components/status-pill'
import { clip, formatCount } from '@/lib/format'
import { sameOption, type FacetOption } from './facet-options'

type OptionRowProps = {
  id: string
  option: FacetOption
  checked: boolean
  onToggle: (value: string, on: boolean) => void
}

/** One choice with its live count; re-renders only when it changes. */
export const OptionRow = memo(
  function OptionRow({ id, option, checked, onToggle }: OptionRowProps) {
    const empty = option.count === 0
    return (
      <label
        htmlFor={id}
        className={`flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 hover:bg-surface-2 ${empty && !checked ? 'text-muted' : ''}`}
      >
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onToggle(option.value, event.target.checked)}
          className="size-3.5 shrink-0 accent-[var(--accent)]"
        />
        <span className="flex min-w-0 flex-1 items-center gap-2">
          {option.status ? (
            <StatusPill status={option.status} />
          ) : option.outcome ? (
            <>
              <span
                aria-hidden
                className={`size-2 shrink-0 rounded-full ${outcomeStyle(option.outcome).fill}`}
              />
              <span className="truncate">{option.label}</span>
            </>
          ) : (
            // Agent and source names come from the data.
            <bdi className="truncate" title={clip(option.label)}>
              {option.label}
            </bdi>
          )}
        </span>
        <span className="shrink-0 text-xs text-muted tabular-nums">
          {option.count === undefined ? '–' : formatCount(option.count)}
        </span>
      </label>
    )
  },
  (a, b) =>
    a.id === b.id &&
    a.checked === b.checked &&
    a.onToggle === b.onToggle &&
    sameOption(a.option, b.option),
)
