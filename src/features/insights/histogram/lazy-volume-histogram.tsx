import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { statsQueryOptions } from '@/api/stats'
import { deferredModule, preloadDeferred, useDeferredModule } from '@/lib/deferred-module'
import { histogramChart } from './histogram-chart-module'
import { histogramHeight } from './histogram-frame'
import { statsQuery } from '../stats-query'
import { useFirstRowsPainted } from './use-first-rows-painted'
import type { VolumeHistogramProps } from './volume-histogram'

const histogram = deferredModule(() => import('./volume-histogram'))

/**
 * The log's volume histogram, in its own chunk (recharts in another), asked
 * for once the table's first rows are painted: they never wait for it. Its
 * figures are fetched while its code loads, and its room is kept meanwhile.
 */
export function LogVolumeHistogram(props: VolumeHistogramProps) {
  const { kind, search, now } = props
  const painted = useFirstRowsPainted(kind)
  const queryClient = useQueryClient()
  // Once, for the first view; the histogram asks for every later one itself.
  const prefetched = useRef(false)
  useEffect(() => {
    if (!painted || prefetched.current) return
    prefetched.current = true
    // Its chart's code (recharts) too, rather than once its own code has run.
    preloadDeferred(histogramChart)
    queryClient
      .query(statsQueryOptions(kind, statsQuery(search, now)))
      .catch(() => undefined) // the histogram's own query shows any failure
  }, [painted, queryClient, kind, search, now])
  const VolumeHistogram = useDeferredModule(histogram, painted)?.VolumeHistogram
  if (!VolumeHistogram) return <div aria-hidden style={{ height: histogramHeight }} />
  return <VolumeHistogram {...props} />
}
