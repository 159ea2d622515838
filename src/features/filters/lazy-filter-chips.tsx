import { lazy, Suspense, type ComponentProps } from 'react'
import type { FilterChips } from './filter-chips'

const Chips = lazy(() =>
  import('./filter-chips').then((module) => ({ default: module.FilterChips })),
)

/** The active filters' chips, in their own chunk: a log opened without filters never needs them. */
export function LazyFilterChips(props: ComponentProps<typeof FilterChips>) {
  if (props.filters.length === 0) return null
  return (
    <Suspense fallback={null}>
      <Chips {...props} />
    </Suspense>
  )
}
