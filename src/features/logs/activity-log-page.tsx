import { memo } from 'react'
import { PageHeader } from '@/components/page-header'
import { callCard, callColumns } from './columns/call-columns'
import { LogExplorer, type LogViewProps } from './log-explorer'

const noun = { one: 'call', many: 'calls' }

/**
 * The Activity Log: every call, with its Metrics trail. Memoised: it renders
 * for its view, not for every click in its toolbar.
 */
export const ActivityLog = memo(function ActivityLog(props: LogViewProps) {
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        actions={props.headerActions}
        title="Activity Log"
        description="Calls from every vendor, with each step of their Metrics."
      />
      <LogExplorer
        kind="calls"
        label="Activity Log"
        noun={noun}
        columns={callColumns}
        card={callCard}
        {...props}
      />
    </div>
  )
})
