import { lazy, Suspense, type ComponentProps } from 'react'
import type { InvalidRecordsNotice } from './invalid-records-notice'

const Notice = lazy(() =>
  import('./invalid-records-notice').then((module) => ({
    default: module.InvalidRecordsNotice,
  })),
)

/** Only a page with records that could not be read needs the notice: its code loads then. */
export function LazyInvalidRecordsNotice(
  props: ComponentProps<typeof InvalidRecordsNotice>,
) {
  if (props.invalid.length === 0) return null
  return (
    <Suspense fallback={null}>
      <Notice {...props} />
    </Suspense>
  )
}
