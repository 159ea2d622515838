import { X } from 'lucide-react'
import { clip } from '@/lib/format'
import type { FacetOption } from './facet-options'

export type ActiveFilter = {
  /** The URL parameter, e.g. "status". */
  param: string
  /** Shown before the value: "Status". */
  name: string
  option: FacetOption
  onRemove: () => void
}

type FilterChipsProps = {
  filters: ActiveFilter[]
  onClearAll: () => void
}

/** The filters in force, each removable, and one button to drop them all. */
export function FilterChips({ filters, onClearAll }: FilterChipsProps) {
  if (filters.length === 0) return null
  return (
    <div
      className="flex flex-wrap items-center gap-1.5"
      aria-label="Active filters"
      role="group"
    >
      {filters.map(({ param, name, option, onRemove }) => (
        <span
          key={`${param}-${option.value}`}
          className="inline-flex h-7 max-w-80 items-center gap-1 rounded-full border border-line bg-surface pr-1 pl-2.5 text-xs"
        >
          <span className="text-muted">{name}:</span>
          <bdi className="truncate font-medium" title={clip(option.label)}>
            {option.label}
          </bdi>
          {option.group ? (
            <span className="truncate text-faint">({option.group})</span>
          ) : null}
          <button
            type="button"
            onClick={onRemove}
            aria-label={`Remove filter ${name}: ${option.label}`}
            className="rounded-full p-0.5 text-faint hover:bg-surface-2 hover:text-ink"
          >
            <X aria-hidden className="size-3.5" />
          </button>
        </span>
      ))}
      <button
        type="button"
        onClick={onClearAll}
        className="ml-1 rounded px-1.5 py-0.5 text-xs font-medium text-accent hover:bg-accent-soft"
      >
        Clear all
      </button>
    </div>
  )
}
