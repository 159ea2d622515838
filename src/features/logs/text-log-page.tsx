import { textCard, textColumns } from './columns/text-columns'
import type { LogViewProps } from './log-explorer'
import { LogPage } from './log-page'

/** The Text Log: every text message, with its delivery trail. */
export const TextLog = (props: LogViewProps) => (
  <LogPage kind="texts" columns={textColumns} card={textCard} {...props} />
)
