import { lazy, Suspense } from 'react'
import { histogramHeight } from './histogram-frame'
import type { VolumeHistogramProps } from './volume-histogram'

const VolumeHistogram = lazy(() =>
  import('./volume-histogram').then((module) => ({ default: module.VolumeHistogram })),
)

/**
 * The log's volume histogram, in its own chunk: the table's code and first
 * rows never wait for it. Its room is kept meanwhile.
 */
export function LogVolumeHistogram(props: VolumeHistogramProps) {
  return (
    <Suspense fallback={<div aria-hidden style={{ height: histogramHeight }} />}>
      <VolumeHistogram {...props} />
    </Suspense>
  )
}
