import { PhoneCall } from 'lucide-react'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'

export function ActivityLogPage() {
  return (
    <>
      <PageHeader
        title="Activity Log"
        description="Every call from every vendor, newest first, with the Metrics trail of each step."
      />
      <EmptyState icon={PhoneCall} title="Nothing to show yet">
        The call log arrives with the log API.
      </EmptyState>
    </>
  )
}
