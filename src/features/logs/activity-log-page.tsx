import { callCard, callColumns } from './columns/call-columns'
import type { LogViewProps } from './log-explorer'
import { LogPage } from './log-page'

/** The Activity Log: every call, with its Metrics trail. */
export const ActivityLog = (props: LogViewProps) => (
  <LogPage kind="calls" columns={callColumns} card={callCard} {...props} />
)
