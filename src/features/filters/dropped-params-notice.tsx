import { lazy, Suspense } from 'react'
import type { DroppedParamsNoticeProps } from './dropped-params-list'

// Only a link with settings the page cannot use needs it: its code loads then.
const DroppedParamsList = lazy(() =>
  import('./dropped-params-list').then((module) => ({
    default: module.DroppedParamsList,
  })),
)

/** Says which parts of the link were ignored and why, instead of an error page. */
export function DroppedParamsNotice(props: DroppedParamsNoticeProps) {
  if (props.dropped.length === 0) return null
  return (
    <Suspense fallback={null}>
      <DroppedParamsList {...props} />
    </Suspense>
  )
}
