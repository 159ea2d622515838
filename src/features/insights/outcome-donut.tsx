import { useState } from 'react'
import { outcomeStyle } from '@/components/outcome-style'
import type { OutcomeSlice } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import { outcomeInfo } from '@/domain/outcomes'
import { formatCount, formatPercent } from '@/lib/format'
import { tipSurfaceClass } from './chart-tip'
import { donutArcs } from './donut-arcs'
import { TipBody } from './tip-body'

type OutcomeDonutProps = {
  groups: readonly OutcomeSlice[]
  total: number
  words: { one: string; many: string; log: string }
  wholeName: string
  onOpen: (patch: Partial<LogSearch>) => void
}

const geometry = { size: 176, inner: 56, outer: 84, padDegrees: 1 }

/**
 * The outcome groups as parts of one whole, with the whole in the middle.
 * A picture for the pointer: the bars beside it are the same groups, as
 * buttons, for the keyboard and screen readers.
 */
export function OutcomeDonut({
  groups,
  total,
  words,
  wholeName,
  onOpen,
}: OutcomeDonutProps) {
  const [hover, setHover] = useState<number | null>(null)
  const slices = groups.filter((group) => group.count > 0)
  const arcs = donutArcs(
    slices.map((slice) => slice.count),
    geometry,
  )
  const summary = slices
    .map((g) => `${outcomeInfo[g.outcome].label} ${formatPercent(g.share ?? 0)}`)
    .join(', ')
  const tip = hover === null ? undefined : slices[hover]
  const at = hover === null ? undefined : arcs[hover]?.center
  return (
    <div
      className="relative shrink-0"
      style={{ width: geometry.size, height: geometry.size }}
    >
      <svg
        role="img"
        aria-label={`${formatCount(total)} ${wholeName}: ${summary || 'none'}.`}
        viewBox={`0 0 ${geometry.size} ${geometry.size}`}
        className="size-full"
        onPointerLeave={() => setHover(null)}
      >
        {slices.map((slice, i) => (
          <path
            key={slice.outcome}
            d={arcs[i]?.d}
            data-mark
            fill={outcomeStyle(slice.outcome).chart}
            stroke="var(--surface)"
            strokeWidth={1}
            onPointerEnter={() => setHover(i)}
            onClick={() => onOpen({ outcome: [slice.outcome], status: undefined })}
            className={`cursor-pointer transition-opacity ${hover !== null && hover !== i ? 'opacity-60' : ''}`}
          />
        ))}
      </svg>
      <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center">
        <span className="text-xl font-semibold tabular-nums" data-testid="donut-total">
          {formatCount(total)}
        </span>
        <span className="max-w-24 text-[11px] leading-tight text-muted">{wholeName}</span>
      </div>
      {tip && at ? (
        <div
          aria-hidden
          // Beside the slice, towards the bars, so it never leaves the card on the left.
          className={`pointer-events-none absolute z-20 w-64 -translate-y-1/2 ${tipSurfaceClass}`}
          style={{ left: at.x + 12, top: at.y }}
        >
          <TipBody
            title={outcomeInfo[tip.outcome].label}
            color={outcomeStyle(tip.outcome).chart}
            facts={[
              [capitalize(words.many), formatCount(tip.count)],
              [`Of ${wholeName}`, formatPercent(tip.share ?? 0)],
            ]}
            meaning={outcomeInfo[tip.outcome].description}
            action={`Click to open the ${words.log} filtered to ${outcomeInfo[tip.outcome].label}`}
          />
        </div>
      ) : null}
    </div>
  )
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
