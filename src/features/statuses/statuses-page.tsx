import { BookOpenText } from 'lucide-react'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'

export function StatusesPage() {
  return (
    <>
      <PageHeader
        title="Statuses"
        description="What every vendor's call and text statuses mean."
      />
      <EmptyState icon={BookOpenText} title="Nothing to show yet">
        The status glossary is being written.
      </EmptyState>
    </>
  )
}
