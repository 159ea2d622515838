import type { StatsFor } from '@/api/stats'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import type { ChannelStats } from '../use-insights-stats'
import { KpiRow } from './kpi-row'
import type { KpiSpec } from './kpi-specs'

type Props<K extends LogKind> = {
  stats: ChannelStats<K>
  specs: readonly KpiSpec<StatsFor<K>>[]
  comparedWith: string
}

/** A log's KPI row on Insights: this period against the one before. */
export function LogKpis<K extends LogKind>({ stats, specs, comparedWith }: Props<K>) {
  return (
    <KpiRow
      title={logKindInfo[stats.view.kind].title}
      specs={specs}
      current={stats.current}
      previous={stats.previous}
      comparedWith={comparedWith}
      excluded={!stats.enabled}
    />
  )
}
