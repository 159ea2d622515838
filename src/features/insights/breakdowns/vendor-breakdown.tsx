import { memo, useMemo } from 'react'
import { Tooltip, type BarShapeProps } from 'recharts'
import type { LogSearch } from '@/domain/log-search'
import { isOutcomeGroup, outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import { isVendor, vendorName, vendorShortName } from '@/domain/vendors'
import { formatCount, formatPercent } from '@/lib/format'
import { outcomeChartConfig, seriesColor } from '../chart-kit/chart-config'
import { ChartTooltipContent } from '../chart-kit/chart-tooltip'
import { StackedRowsChart } from '../chart-kit/stacked-rows-chart'
import type { LogKindInfo } from '@/domain/log-kind'

export type VendorRow = { value: string; total: number; counts: Record<string, number> }

type Props = {
  rows: readonly VendorRow[]
  /** The outcome groups shown, left to right. */
  keys: readonly OutcomeGroup[]
  words: LogKindInfo
  onOpen: (patch: Partial<LogSearch>) => void
}

/** A vendor's row: its name and count on top, its bar below. */
const rowPx = 58
const barPx = 20

type Datum = { vendor: string; whole: number } & Partial<Record<OutcomeGroup, number>>

/** A segment of a vendor's bar, in the lower part of its row, parted from the next by a hairline. */
function segment(props: BarShapeProps) {
  const { x, y, width, fill } = props
  if (!(width > 0)) return <g />
  const top = y + 26
  return (
    <path
      data-mark
      d={`M${x},${top}h${width}v${barPx}h${-width}Z`}
      fill={fill}
      stroke="var(--surface)"
      strokeWidth={1}
      className="cursor-pointer"
    />
  )
}

/**
 * Each vendor's calls as one bar split by outcome group (100% wide: recharts'
 * `stackOffset="expand"`), so vendors of very different sizes still compare;
 * the count stands above it. The vendor's name is the keyboard's way in.
 */
export const VendorBreakdown = memo(function VendorBreakdown({
  rows,
  keys,
  words,
  onOpen,
}: Props) {
  const shown = useMemo(() => rows.filter((row) => row.total > 0), [rows])
  const data = useMemo(
    () =>
      shown.map((row): Datum => {
        const whole = keys.reduce((sum, key) => sum + (row.counts[key] ?? 0), 0)
        return {
          vendor: row.value,
          whole,
          ...Object.fromEntries(keys.map((key) => [key, row.counts[key] ?? 0])),
        }
      }),
    [shown, keys],
  )
  const height = shown.length * rowPx
  return (
    <div className="relative">
      <ul className="relative z-10 flex flex-col">
        {shown.map((row) => {
          const vendor = isVendor(row.value) ? row.value : undefined
          return (
            <li
              key={row.value}
              className="pointer-events-none flex items-baseline justify-between gap-2 text-sm"
              style={{ height: rowPx }}
            >
              <button
                type="button"
                disabled={!vendor}
                onClick={() => vendor && onOpen({ vendor: [vendor] })}
                className="pointer-events-auto truncate rounded font-medium hover:underline"
                aria-label={`${vendorName(row.value)}: ${formatCount(row.total)} ${words.noun.many}, open in the ${words.log}`}
              >
                {vendorShortName(row.value)}
              </button>
              <span className="text-xs text-muted tabular-nums">
                {formatCount(row.total)}{' '}
                {row.total === 1 ? words.noun.one : words.noun.many}
              </span>
            </li>
          )
        })}
      </ul>
      {/* The segments are pointer shortcuts, too thin to be targets (WCAG 2.5.8):
          the keyboard opens the vendor with its name, the figures are in the table. */}
      <div aria-hidden className="absolute inset-x-0 top-0">
        <StackedRowsChart
          data={data}
          config={outcomeChartConfig}
          series={keys}
          rowKey="vendor"
          height={height}
          max="expand"
          shape={segment}
          onClick={(key, datum) =>
            onOpen({
              ...(isVendor(datum.vendor) ? { vendor: [datum.vendor] } : {}),
              outcome: [key as OutcomeGroup],
              status: undefined,
            })
          }
        >
          <Tooltip
            shared={false}
            cursor={false}
            isAnimationActive={false}
            wrapperStyle={{ zIndex: 20 }}
            content={({ active, payload }) => {
              const item = payload[0]
              const datum = item?.payload as Datum | undefined
              const key = String(item?.dataKey ?? '')
              if (!active || !datum || !isOutcomeGroup(key)) return null
              const count = datum[key] ?? 0
              const label = outcomeInfo[key].label
              const name = vendorShortName(datum.vendor)
              return (
                <ChartTooltipContent
                  framed
                  title={`${name} · ${label}`}
                  color={seriesColor(key)}
                  facts={[
                    [label, formatCount(count)],
                    [
                      `Of ${name}’s shown`,
                      formatPercent(datum.whole > 0 ? count / datum.whole : 0),
                    ],
                  ]}
                  meaning={outcomeInfo[key].description}
                  action={`Click to open the ${words.log} filtered to both`}
                />
              )
            }}
          />
        </StackedRowsChart>
      </div>
    </div>
  )
})
