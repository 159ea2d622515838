import { ChartColumn } from 'lucide-react'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'

export function InsightsPage() {
  return (
    <>
      <PageHeader
        title="Insights"
        description="Status distribution and volume over time, for the same filters as the logs."
      />
      <EmptyState icon={ChartColumn} title="Nothing to show yet">
        Charts appear once the stats API is in place.
      </EmptyState>
    </>
  )
}
