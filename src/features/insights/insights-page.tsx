import { Tooltip } from 'radix-ui'
import type { ReactNode } from 'react'
import { PageHeader } from '@/components/page-header'
import { drillDown } from '@/domain/insights/drill-down'
import type { LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { describeRange } from '@/domain/time-range'
import { callCharts } from './call-charts'
import { LogKpis } from './kpis/log-kpis'
import { callKpis, comparedWith, textKpis } from './kpis/kpi-specs'
import { LogSection } from './log-section'
import type { InsightsStats } from './use-insights-stats'
import { InsightsRefreshButton } from './insights-refresh-button'

type InsightsPageProps = {
  search: LogSearch
  now: number
  stats: InsightsStats
  /** The filter bar, composed in by the app. */
  filterBar?: ReactNode
  /** More of the page's own actions, beside Refresh (saved views, the keys' list). */
  headerActions?: ReactNode
  /** Opens a log with a view a chart built: its filters and the page's time range. */
  onOpenLog: (kind: LogKind, search: LogSearch) => void
}

/**
 * Insights: KPIs against the previous period, then each log's charts. Every
 * figure comes from the stats API under the page's filters, so a chart's
 * count is the total the log shows when one clicks through.
 */
export function InsightsPage({
  search,
  now,
  stats,
  filterBar,
  headerActions,
  onOpenLog,
}: InsightsPageProps) {
  const span = stats.window.to - stats.window.from
  const versus = comparedWith(span)
  const openLog = (kind: LogKind) => (patch: Partial<LogSearch>) =>
    onOpenLog(kind, drillDown(stats[kind].view, patch, stats.window))
  return (
    // The charts' tooltips share one provider: moving along the bars, the
    // next one opens at once.
    <Tooltip.Provider delayDuration={200}>
      <div className="flex flex-col pb-10">
        <PageHeader
          title="Insights"
          description={`${describeRange(search, now)}: where calls and texts ended up, compared with ${versus}.`}
          actions={
            <>
              {headerActions}
              <InsightsRefreshButton search={search} />
            </>
          }
        />
        {filterBar}
        <div className="flex flex-col gap-8 px-4 lg:px-6">
          <div className="grid gap-4 xl:grid-cols-[4fr_3fr]">
            <LogKpis stats={stats.calls} specs={callKpis} comparedWith={versus} />
            <LogKpis stats={stats.texts} specs={textKpis} comparedWith={versus} />
          </div>
          <LogSection
            stats={stats.calls}
            window={stats.window}
            onOpen={openLog('calls')}
            more={callCharts}
          />
          <LogSection
            stats={stats.texts}
            window={stats.window}
            onOpen={openLog('texts')}
          />
        </div>
      </div>
    </Tooltip.Provider>
  )
}
