import { createContext, useContext } from 'react'

/**
 * Whether the row a cell sits in is the table's active row. Only the active
 * row's controls are in the tab order, so Tab leaves the table after one row
 * instead of walking every badge of every row.
 */
export const RowActiveContext = createContext(false)

export const useRowTabIndex = (): 0 | -1 => (useContext(RowActiveContext) ? 0 : -1)
