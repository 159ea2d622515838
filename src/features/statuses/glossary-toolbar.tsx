import type { ReactNode } from 'react'
import type { KnownStatus } from '@/domain/catalog/catalog'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import { vendorInfo, vendors } from '@/domain/vendors'
import { Button } from '@/components/button'
import { outcomeStyles } from '@/components/outcome-style'
import { FilterChip } from './filter-chip'
import { toggled, type GlossaryFilters } from './glossary-search'
import { GlossarySearchBox } from './glossary-search-box'

type ToolbarProps = {
  filters: GlossaryFilters
  onChange: (filters: GlossaryFilters, options?: { replace?: boolean }) => void
  /** The outcome groups the catalog uses, in canonical order. */
  outcomes: readonly OutcomeGroup[]
  matching: number
  total: number
  pinned: KnownStatus | null
}

export function GlossaryToolbar(props: ToolbarProps) {
  const { filters, onChange, outcomes, matching, total, pinned } = props
  const filtered =
    filters.query !== '' || filters.vendors.length > 0 || filters.outcomes.length > 0
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-3 sm:p-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <GlossarySearchBox
          query={filters.query}
          onQueryChange={(query) => onChange({ ...filters, query }, { replace: true })}
        />
        <p aria-live="polite" className="text-sm text-muted">
          {filtered ? `${matching} of ${total} statuses` : `${total} statuses`}
          {pinned ? ', plus the linked one' : null}
        </p>
        {filtered ? (
          <Button
            variant="ghost"
            size="sm"
            className="ml-auto"
            onClick={() => onChange({ query: '', vendors: [], outcomes: [] })}
          >
            Clear search and filters
          </Button>
        ) : null}
      </div>
      <ChipRow
        label="Vendor"
        options={vendors}
        chosen={filters.vendors}
        onChange={(chosen) => onChange({ ...filters, vendors: chosen })}
      >
        {(vendor) => vendorInfo[vendor].shortName}
      </ChipRow>
      <ChipRow
        label="Outcome"
        options={outcomes}
        chosen={filters.outcomes}
        onChange={(chosen) => onChange({ ...filters, outcomes: chosen })}
      >
        {(outcome) => (
          <>
            <span
              aria-hidden
              className={`size-2 shrink-0 rounded-full ${outcomeStyles[outcome].fill}`}
            />
            {outcomeInfo[outcome].label}
          </>
        )}
      </ChipRow>
    </div>
  )
}

type ChipRowProps<V extends string> = {
  label: string
  /** Every value, in the order the chips show. */
  options: readonly V[]
  chosen: readonly V[]
  onChange: (chosen: V[]) => void
  /** What a value's chip says. */
  children: (value: V) => ReactNode
}

/** A labelled row of chips, one a value; pressing one adds it to or takes it from `chosen`. */
function ChipRow<V extends string>({
  label,
  options,
  chosen,
  onChange,
  children,
}: ChipRowProps<V>) {
  return (
    <div
      role="group"
      aria-label={`Filter by ${label.toLowerCase()}`}
      className="grid grid-cols-[4rem_minmax(0,1fr)] items-start"
    >
      <span aria-hidden className="pt-1.5 text-xs font-medium text-faint">
        {label}
      </span>
      <div className="flex flex-wrap gap-1.5">
        {options.map((value) => (
          <FilterChip
            key={value}
            pressed={chosen.includes(value)}
            onToggle={() => onChange(toggled(options, chosen, value))}
          >
            {children(value)}
          </FilterChip>
        ))}
      </div>
    </div>
  )
}
