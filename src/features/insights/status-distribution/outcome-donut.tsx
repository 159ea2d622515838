import { memo, useMemo } from 'react'
import { Pie, PieChart, Sector, Tooltip, type PieSectorShapeProps } from 'recharts'
import type { OutcomeSlice } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import { outcomeInfo } from '@/domain/outcomes'
import { capitalize, formatCount, formatPercent } from '@/lib/format'
import { ChartContainer } from '../chart-kit/chart-container'
import { outcomeChartConfig, seriesColor } from '../chart-kit/chart-config'
import { ChartTooltipContent } from '../chart-kit/chart-tooltip'
import type { LogKindInfo } from '@/domain/log-kind'

type OutcomeDonutProps = {
  groups: readonly OutcomeSlice[]
  total: number
  words: LogKindInfo
  wholeName: string
  onOpen: (patch: Partial<LogSearch>) => void
}

const size = 176

/** A slice: recharts' sector, marked for the bench and the browser tests. */
const slice = (props: PieSectorShapeProps) => (
  <Sector {...props} data-mark className="cursor-pointer" />
)

/**
 * The outcome groups as parts of one whole (a recharts `<Pie>`), with the
 * whole in the middle. A picture for the pointer: the bars beside it are the
 * same groups, as buttons, for the keyboard and screen readers.
 */
export const OutcomeDonut = memo(function OutcomeDonut({
  groups,
  total,
  words,
  wholeName,
  onOpen,
}: OutcomeDonutProps) {
  const slices = useMemo(
    () =>
      groups
        .filter((group) => group.count > 0)
        .map((group) => ({ ...group, fill: seriesColor(group.outcome) })),
    [groups],
  )
  const summary = slices
    .map((g) => `${outcomeInfo[g.outcome].label} ${formatPercent(g.share ?? 0)}`)
    .join(', ')
  return (
    <div
      role="img"
      aria-label={`${formatCount(total)} ${wholeName}: ${summary || 'none'}.`}
      className="relative shrink-0"
      style={{ width: size, height: size }}
    >
      <ChartContainer config={outcomeChartConfig} height={size}>
        {() => (
          <PieChart width={size} height={size} accessibilityLayer={false}>
            <Pie
              data={slices}
              dataKey="count"
              nameKey="outcome"
              innerRadius={56}
              outerRadius={84}
              startAngle={90}
              endAngle={-270}
              paddingAngle={slices.length > 1 ? 1 : 0}
              stroke="var(--surface)"
              strokeWidth={1}
              isAnimationActive={false}
              rootTabIndex={-1}
              shape={slice}
              onClick={(item) => {
                const picked = item.payload as OutcomeSlice | undefined
                if (picked) onOpen({ outcome: [picked.outcome], status: undefined })
              }}
            />
            <Tooltip
              isAnimationActive={false}
              wrapperStyle={{ zIndex: 20 }}
              content={({ active, payload }) => {
                const picked = payload[0]?.payload as OutcomeSlice | undefined
                if (!active || !picked) return null
                const info = outcomeInfo[picked.outcome]
                return (
                  <ChartTooltipContent
                    framed
                    title={info.label}
                    color={seriesColor(picked.outcome)}
                    facts={[
                      [capitalize(words.noun.many), formatCount(picked.count)],
                      [`Of ${wholeName}`, formatPercent(picked.share ?? 0)],
                    ]}
                    meaning={info.description}
                    action={`Click to open the ${words.log} filtered to ${info.label}`}
                  />
                )
              }}
            />
          </PieChart>
        )}
      </ChartContainer>
      <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center">
        <span className="text-xl font-semibold tabular-nums" data-testid="donut-total">
          {formatCount(total)}
        </span>
        <span className="max-w-24 text-[11px] leading-tight text-muted">{wholeName}</span>
      </div>
    </div>
  )
})
