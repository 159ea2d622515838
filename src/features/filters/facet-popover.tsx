import { Search } from 'lucide-react'
import { Popover } from 'radix-ui'
import {
  createContext,
  use,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { FacetButton } from './facet-filter'
import { OptionRow } from './facet-option-row'
import type { FacetOption } from './facet-options'
import { filterOptions } from './facet-search'

export type FacetFilterProps = {
  label: string
  options: FacetOption[]
  selected: readonly string[]
  onChange: (values: string[]) => void
  /** Long lists get a search box. */
  searchable?: boolean
}

/** What is chosen, for the rows and the footer: a new choice re-renders only them. */
const Selected = createContext<readonly string[]>([])

/**
 * The facet's popover; it replaces the stand-in button, open, on first use.
 * The positioned content is memoised apart from the choice: Radix positions
 * it again (a layout of the page) whenever it re-renders, and a click on a
 * checkbox changes nothing about where it sits.
 */
export function FacetPopover({
  label,
  options,
  selected,
  onChange,
  searchable,
}: FacetFilterProps) {
  const [query, setQuery] = useState('')
  const id = useId()
  const shown = useMemo(() => filterOptions(options, query), [options, query])
  // One stable handler for every row, so a row re-renders only when its own option changes.
  const latest = useRef({ selected, onChange })
  useLayoutEffect(() => {
    latest.current = { selected, onChange }
  })
  const toggle = useCallback((value: string, on: boolean) => {
    const { selected: now, onChange: change } = latest.current
    change(on ? [...now, value] : now.filter((v) => v !== value))
  }, [])
  const clear = useCallback(() => latest.current.onChange([]), [])

  const content = useMemo(
    () => (
      <Popover.Content
        align="start"
        sideOffset={4}
        collisionPadding={8}
        aria-label={`Filter by ${label.toLowerCase()}`}
        className="z-50 flex max-h-[min(28rem,var(--radix-popover-content-available-height))] w-72 flex-col rounded-lg border border-line bg-surface text-sm shadow-lg"
      >
        {searchable ? (
          <div className="flex items-center gap-2 border-b border-line px-3">
            <Search aria-hidden className="size-4 text-faint" />
            <input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={`Search ${label.toLowerCase()}…`}
              aria-label={`Search ${label.toLowerCase()}`}
              className="h-9 w-full rounded-sm bg-transparent text-sm outline-none placeholder:text-faint focus-visible:ring-2 focus-visible:ring-focus focus-visible:ring-inset"
            />
          </div>
        ) : null}
        {/* The list scrolls in a div: Chromium does not clip a scrolling fieldset's
            rows, which then spill past the popover over the table. */}
        <div className="min-h-0 flex-1 overflow-y-auto p-1">
          <fieldset className="min-w-0">
            <legend className="sr-only">{label}</legend>
            {shown.length === 0 ? (
              <p className="px-2 py-3 text-center text-xs text-muted">
                Nothing matches “{query}”.
              </p>
            ) : null}
            {[...new Set(shown.map((option) => option.group))].map((group) => (
              <div key={group ?? 'all'} role="group" aria-label={group}>
                {group ? (
                  <p className="px-2 pt-2 pb-1 text-[11px] font-semibold tracking-wide text-faint uppercase">
                    {group}
                  </p>
                ) : null}
                {shown
                  .filter((option) => option.group === group)
                  .map((option) => (
                    <ChosenOptionRow
                      key={option.value}
                      id={`${id}-${option.value}`}
                      option={option}
                      onToggle={toggle}
                    />
                  ))}
              </div>
            ))}
          </fieldset>
        </div>
        <Footer onClear={clear} />
      </Popover.Content>
    ),
    [label, searchable, query, shown, id, toggle, clear],
  )

  return (
    <Popover.Root defaultOpen onOpenChange={(open) => (open ? undefined : setQuery(''))}>
      <Popover.Trigger asChild>
        <FacetButton label={label} count={selected.length} />
      </Popover.Trigger>
      <Popover.Portal>
        <Selected value={selected}>{content}</Selected>
      </Popover.Portal>
    </Popover.Root>
  )
}

function ChosenOptionRow(props: Omit<Parameters<typeof OptionRow>[0], 'checked'>) {
  const selected = use(Selected)
  return <OptionRow {...props} checked={selected.includes(props.option.value)} />
}

function Footer({ onClear }: { onClear: () => void }) {
  const selected = use(Selected)
  return (
    <div className="flex items-center justify-between border-t border-line px-3 py-2 text-xs text-muted">
      <span>{selected.length > 0 ? `${selected.length} selected` : 'Any'}</span>
      <button
        type="button"
        disabled={selected.length === 0}
        onClick={onClear}
        className="rounded px-1.5 py-0.5 font-medium text-accent hover:bg-accent-soft disabled:text-faint disabled:hover:bg-transparent"
      >
        Clear
      </button>
    </div>
  )
}
