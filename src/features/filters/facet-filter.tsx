import { ChevronDown } from 'lucide-react'
import { memo, useState, type ComponentProps } from 'react'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { sameOptions } from './facet-options'
import type { FacetFilterProps } from './facet-popover'

const popover = deferredModule(() => import('./facet-popover'))

type FacetButtonProps = ComponentProps<'button'> & { label: string; count: number }

export function FacetButton({ label, count, ...props }: FacetButtonProps) {
  return (
    <button
      type="button"
      className={`inline-flex h-8 items-center gap-1.5 rounded-md border px-2.5 text-xs font-medium whitespace-nowrap ${count > 0 ? 'border-accent bg-accent-soft text-ink' : 'border-line bg-surface text-muted hover:bg-surface-2 hover:text-ink'}`}
      {...props}
    >
      {label}
      {count > 0 ? (
        <span className="rounded bg-accent px-1 text-[10px] text-accent-ink tabular-nums">
          {count}
        </span>
      ) : null}
      <ChevronDown aria-hidden className="size-3.5" />
    </button>
  )
}

/**
 * A multi-select for one facet, with the count each choice would give under
 * the other filters; choices with no records are greyed, not hidden. The
 * popover's code loads on first use. It re-renders only when what it shows
 * changes: an open popover that re-renders is positioned again, which costs
 * a layout of the page.
 */
export const FacetFilter = memo(function FacetFilter(props: FacetFilterProps) {
  const [wanted, setWanted] = useState(false)
  const module = useDeferredModule(popover, wanted)
  if (!module) {
    return (
      <FacetButton
        label={props.label}
        count={props.selected.length}
        aria-haspopup="dialog"
        onClick={() => setWanted(true)}
      />
    )
  }
  const Popover = module.FacetPopover
  return <Popover {...props} />
}, sameFacet)

function sameFacet(a: FacetFilterProps, b: FacetFilterProps): boolean {
  return (
    a.label === b.label &&
    a.searchable === b.searchable &&
    a.selected === b.selected &&
    a.onChange === b.onChange &&
    sameOptions(a.options, b.options)
  )
}
