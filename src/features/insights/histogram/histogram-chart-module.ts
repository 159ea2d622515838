import { lazyModule } from './lazy-module'

/** The histogram's recharts chart: loaded with, not after, the histogram's own code. */
export const histogramChart = lazyModule(() => import('./histogram-chart'))
