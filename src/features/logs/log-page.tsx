import { memo, type ReactNode } from 'react'
import type { Call } from '@/api/call-schema'
import type { Text } from '@/api/text-schema'
import { PageHeader } from '@/components/page-header'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import type { LogColumn } from './data-table/table-features'
import type { CardLayout } from './data-table/use-log-table'
import { LogExplorer, type LogViewProps } from './log-explorer'

type LogPageProps<T extends Call | Text> = LogViewProps & {
  kind: LogKind
  columns: LogColumn<T>[]
  /** How a record shows as a card on a phone. */
  card: CardLayout
}

/**
 * A log's page: its name and line from the kind's description, then the log.
 * Memoised: it renders for its view, not for every click in its toolbar.
 */
export const LogPage = memo(function LogPage<T extends Call | Text>({
  kind,
  ...props
}: LogPageProps<T>) {
  const info = logKindInfo[kind]
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        actions={props.headerActions}
        title={info.log}
        description={info.description}
      />
      <LogExplorer kind={kind} {...props} />
    </div>
  )
}) as <T extends Call | Text>(props: LogPageProps<T>) => ReactNode
