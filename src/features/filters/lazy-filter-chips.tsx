import type { ComponentProps } from 'react'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import type { FilterChips } from './filter-chips'

/** The chips' code: a log opened without filters never needs it. */
export const filterChips = deferredModule(() => import('./filter-chips'))

/**
 * Loads the chips' code as someone reaches for a filter, so the first chip
 * shows in the same frame as the choice that made it, not a download later.
 */
export const preloadFilterChips = () => void filterChips.load()

/** The active filters' chips, from their own chunk. */
export function LazyFilterChips(props: ComponentProps<typeof FilterChips>) {
  const wanted = props.filters.length > 0
  const Chips = useDeferredModule(filterChips, wanted)?.FilterChips
  return Chips ? <Chips {...props} /> : null
}
