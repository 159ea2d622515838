import { outcomeStyle } from '@/components/outcome-style'
import type { LogSearch } from '@/domain/log-search'
import { isOutcomeGroup, outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import { isVendor, vendorName, vendorShortName } from '@/domain/vendors'
import { formatCount, formatPercent } from '@/lib/format'
import { ChartTip } from './chart-tip'
import { TipBody } from './tip-body'

export type VendorRow = { value: string; total: number; counts: Record<string, number> }

type Props = {
  rows: readonly VendorRow[]
  keys: readonly OutcomeGroup[]
  words: { one: string; many: string; log: string }
  onOpen: (patch: Partial<LogSearch>) => void
}

/**
 * Each vendor's calls as one bar split by outcome group (100% wide), so
 * vendors of very different sizes still compare; the count stands beside it.
 */
export function VendorBreakdown({ rows, keys, words, onOpen }: Props) {
  const shown = rows.filter((row) => row.total > 0)
  return (
    <ul className="flex flex-col gap-3">
      {shown.map((row) => {
        const whole = keys.reduce((sum, key) => sum + (row.counts[key] ?? 0), 0)
        const vendor = isVendor(row.value) ? row.value : undefined
        return (
          <li key={row.value} className="flex flex-col gap-1">
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <button
                type="button"
                disabled={!vendor}
                onClick={() => vendor && onOpen({ vendor: [vendor] })}
                className="truncate rounded font-medium hover:underline"
                aria-label={`${vendorName(row.value)}: ${formatCount(row.total)} ${words.many}, open in the ${words.log}`}
              >
                {vendorShortName(row.value)}
              </button>
              <span className="text-xs text-muted tabular-nums">
                {formatCount(row.total)} {row.total === 1 ? words.one : words.many}
              </span>
            </div>
            {/* The segments are pointer shortcuts, too thin to be targets (WCAG 2.5.8):
                the keyboard opens the vendor with its name, the figures are in the table. */}
            <div aria-hidden className="flex h-5 overflow-hidden rounded bg-surface-2">
              {keys.map((key) => {
                const count = row.counts[key] ?? 0
                if (count === 0 || whole === 0) return null
                const share = count / whole
                const label = outcomeInfo[key].label
                return (
                  <ChartTip
                    key={key}
                    content={
                      <TipBody
                        title={`${vendorShortName(row.value)} · ${label}`}
                        color={outcomeStyle(key).chart}
                        facts={[
                          [label, formatCount(count)],
                          [
                            `Of ${vendorShortName(row.value)}’s shown`,
                            formatPercent(share),
                          ],
                        ]}
                        meaning={outcomeInfo[key].description}
                        action={`Click to open the ${words.log} filtered to both`}
                      />
                    }
                  >
                    <div
                      data-mark
                      onClick={() =>
                        onOpen({
                          ...(vendor ? { vendor: [vendor] } : {}),
                          outcome: [key],
                          status: undefined,
                        })
                      }
                      className="h-full min-w-px cursor-pointer border-r border-surface last:border-r-0 hover:brightness-110"
                      style={{
                        width: `${share * 100}%`,
                        background: outcomeStyle(key).chart,
                      }}
                    />
                  </ChartTip>
                )
              })}
            </div>
          </li>
        )
      })}
    </ul>
  )
}

export const seriesKeys = (keys: readonly string[]) => keys.filter(isOutcomeGroup)
