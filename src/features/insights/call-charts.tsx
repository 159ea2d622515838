import { useMemo } from 'react'
import { GroupCard } from './breakdowns/group-card'
import { VendorCard } from './breakdowns/vendor-card'
import { heatGrid } from './heat-map/heat-cells'
import { HeatMapCard } from './heat-map/heat-map-card'
import type { LogChartsProps, MoreCharts } from './log-section'

/** How each vendor's calls ended, beside the calls' outcomes. */
function CallsByVendor({ data, status, words, onOpen }: LogChartsProps<'calls'>) {
  return (
    <VendorCard
      rows={data?.byVendor}
      keys={data?.series.keys}
      status={status}
      words={words}
      onOpen={onOpen}
      className="xl:col-span-2"
    />
  )
}

/** Calls by agent and by source, then by hour and weekday. */
function CallBreakdowns({ data, status, words, onOpen }: LogChartsProps<'calls'>) {
  const grid = useMemo(
    () =>
      data
        ? heatGrid(
            data.heatmap.map((c) => ({ ...c, success: c.answered, base: c.final })),
          )
        : undefined,
    [data],
  )
  return (
    <>
      <div className="grid gap-4 lg:grid-cols-2">
        {(['agent', 'source'] as const).map((facet) => (
          <GroupCard
            key={facet}
            name={`calls-by-${facet}`}
            title={`Calls by ${facet}`}
            noun={facet}
            rows={facet === 'agent' ? data?.byAgent : data?.bySource}
            status={status}
            words={words}
            onOpen={(value) => onOpen({ [facet]: [value] })}
          />
        ))}
      </div>
      <HeatMapCard grid={grid} status={status} words={words} />
    </>
  )
}

/** The charts only the Activity Log has: vendors, agents, sources and hours. */
export const callCharts: MoreCharts<'calls'> = {
  beside: CallsByVendor,
  below: CallBreakdowns,
}
