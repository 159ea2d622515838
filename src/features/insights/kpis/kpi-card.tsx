import { ArrowDownRight, ArrowUpRight, Minus } from 'lucide-react'
import { outcomeStyle } from '@/components/outcome-style'
import type { KpiChange } from './kpi-change'

type KpiCardProps = {
  label: string
  /** Undefined while loading. */
  value: string | undefined
  change: KpiChange | undefined
  /** The period compared with: "the 30 days before". */
  comparedWith: string
  /** What the figure counts, for the hover title. */
  hint?: string
}

const tones = {
  good: outcomeStyle('connected').pill,
  bad: 'bg-danger-soft text-danger',
  neutral: 'bg-surface-2 text-muted',
} as const

const toneWords = { good: 'better', bad: 'worse', neutral: '' } as const

/** One figure, and how it moved against the previous period, in words and colour. */
export function KpiCard({ label, value, change, comparedWith, hint }: KpiCardProps) {
  const Icon =
    change?.direction === 'up'
      ? ArrowUpRight
      : change?.direction === 'down'
        ? ArrowDownRight
        : Minus
  return (
    <div
      role="group"
      aria-label={label}
      title={hint}
      className="flex min-w-0 flex-col gap-1 rounded-xl border border-line bg-surface px-4 py-3"
    >
      <p className="truncate text-xs font-medium text-muted">{label}</p>
      {value === undefined ? (
        <p className="h-8 w-20 animate-pulse rounded bg-surface-2">
          <span className="sr-only">Loading…</span>
        </p>
      ) : (
        <p className="text-2xl font-semibold tracking-tight tabular-nums">{value}</p>
      )}
      <p className="flex min-h-5 flex-wrap items-center gap-x-1.5 gap-y-0.5 text-xs">
        {change ? (
          <>
            <span
              data-tone={change.tone}
              className={`inline-flex items-center gap-0.5 rounded px-1 py-px font-medium ${tones[change.tone]}`}
            >
              <Icon aria-hidden className="size-3.5" />
              {change.words}
              {toneWords[change.tone] ? (
                <span className="sr-only">, {toneWords[change.tone]}</span>
              ) : null}
            </span>
            <span className="text-faint">vs {comparedWith}</span>
          </>
        ) : null}
      </p>
    </div>
  )
}
