import { deferredModule } from '@/lib/deferred-module'

/** The histogram's recharts chart: loaded with, not after, the histogram's own code. */
export const histogramChart = deferredModule(() => import('./histogram-chart'))
