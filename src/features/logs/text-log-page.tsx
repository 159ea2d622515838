import { MessageSquareText } from 'lucide-react'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'

export function TextLogPage() {
  return (
    <>
      <PageHeader
        title="Text Log"
        description="Every text message sent and received, with its delivery trail."
      />
      <EmptyState icon={MessageSquareText} title="Nothing to show yet">
        The text log arrives with the log API.
      </EmptyState>
    </>
  )
}
