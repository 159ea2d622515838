import type { OutcomeGroup } from '@/domain/outcomes'
import { outcomeChartConfig } from './chart-config'
import { SeriesChartCard, type SeriesChartCardProps } from './series-chart-card'

/** A chart card whose series are outcome groups: the catalog names and paints them. */
export function OutcomeChartCard(
  props: Omit<SeriesChartCardProps<OutcomeGroup>, 'config'>,
) {
  return <SeriesChartCard {...props} config={outcomeChartConfig} />
}
