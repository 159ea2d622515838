import { createContext, useContext } from 'react'
import type { KnownStatus } from '@/domain/catalog/catalog'

/** What a cell can ask of the log around it, without props through the table. */
export type LogActions = {
  /** "Show only this status", from a badge in a row or the detail panel. */
  onSelectStatus?: (status: KnownStatus) => void
}

export const LogActionsContext = createContext<LogActions>({})

export const useLogActions = (): LogActions => useContext(LogActionsContext)
