import { Pie, PieChart, Tooltip } from 'recharts'
import { outcomeStyle } from '@/components/outcome-style'
import type { OutcomeSlice } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import { outcomeInfo } from '@/domain/outcomes'
import { formatCount, formatPercent } from '@/lib/format'
import { TipBody } from './tip-body'

type OutcomeDonutProps = {
  groups: readonly OutcomeSlice[]
  total: number
  words: { one: string; many: string; log: string }
  wholeName: string
  onOpen: (patch: Partial<LogSearch>) => void
}

const size = 176

/**
 * The outcome groups as parts of one whole, with the whole in the middle.
 * Drawn without animation, so a change of filters does not replay it.
 */
export function OutcomeDonut({
  groups,
  total,
  words,
  wholeName,
  onOpen,
}: OutcomeDonutProps) {
  // Each slice carries its fill: recharts 3 reads it from the data.
  const data = groups
    .filter((group) => group.count > 0)
    .map((group) => ({ ...group, fill: outcomeStyle(group.outcome).chart }))
  const summary = data
    .map((g) => `${outcomeInfo[g.outcome].label} ${formatPercent(g.share ?? 0)}`)
    .join(', ')
  return (
    <div
      role="img"
      aria-label={`${formatCount(total)} ${wholeName}: ${summary || 'none'}.`}
      className="relative shrink-0"
      style={{ width: size, height: size }}
    >
      <PieChart width={size} height={size} accessibilityLayer={false}>
        <Pie
          data={data}
          dataKey="count"
          nameKey="outcome"
          innerRadius={56}
          outerRadius={84}
          paddingAngle={data.length > 1 ? 1 : 0}
          stroke="var(--surface)"
          strokeWidth={1}
          isAnimationActive={false}
          onClick={(item) => {
            const slice = item.payload as OutcomeSlice | undefined
            if (slice) onOpen({ outcome: [slice.outcome], status: undefined })
          }}
          className="cursor-pointer"
        ></Pie>
        <Tooltip
          isAnimationActive={false}
          wrapperStyle={{ zIndex: 20 }}
          content={({ active, payload }) => {
            const slice = payload[0]?.payload as OutcomeSlice | undefined
            if (!active || !slice) return null
            const info = outcomeInfo[slice.outcome]
            return (
              <div className="w-64 rounded-lg border border-line bg-surface p-3 text-xs/relaxed text-ink shadow-lg">
                <TipBody
                  title={info.label}
                  color={outcomeStyle(slice.outcome).chart}
                  facts={[
                    [
                      words.many.charAt(0).toUpperCase() + words.many.slice(1),
                      formatCount(slice.count),
                    ],
                    [`Of ${wholeName}`, formatPercent(slice.share ?? 0)],
                  ]}
                  meaning={info.description}
                  action={`Click to open the ${words.log} filtered to ${info.label}`}
                />
              </div>
            )
          }}
        />
      </PieChart>
      <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center">
        <span className="text-xl font-semibold tabular-nums" data-testid="donut-total">
          {formatCount(total)}
        </span>
        <span className="max-w-24 text-[11px] leading-tight text-muted">{wholeName}</span>
      </div>
    </div>
  )
}
