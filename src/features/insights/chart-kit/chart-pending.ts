import { createContext, useContext } from 'react'

/**
 * How a chart tells the card around it that it is still to be drawn, and when
 * it has drawn its marks: the card stays `aria-busy` until then.
 */
export type ChartPending = { add: () => void; done: () => void }

const none: ChartPending = { add: () => {}, done: () => {} }

export const ChartPendingContext = createContext<ChartPending>(none)

export const useChartPending = () => useContext(ChartPendingContext)
