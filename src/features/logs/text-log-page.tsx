import { memo } from 'react'
import { PageHeader } from '@/components/page-header'
import { textCard, textColumns } from './columns/text-columns'
import { LogExplorer, type LogViewProps } from './log-explorer'

const noun = { one: 'text', many: 'texts' }

/** The Text Log: every text message, with its delivery trail. Memoised, as the Activity Log. */
export const TextLog = memo(function TextLog(props: LogViewProps) {
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        actions={props.headerActions}
        title="Text Log"
        description="Text messages sent and received, with each step of their delivery."
      />
      <LogExplorer
        kind="texts"
        label="Text Log"
        noun={noun}
        columns={textColumns}
        card={textCard}
        {...props}
      />
    </div>
  )
})
