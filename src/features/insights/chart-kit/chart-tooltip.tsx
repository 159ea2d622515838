import { MousePointerClick } from 'lucide-react'
import type { ReactNode } from 'react'

/** The look every chart tooltip shares, whoever places it. */
export const tipSurfaceClass =
  'rounded-lg border border-line bg-surface p-3 text-xs/relaxed text-ink shadow-lg shadow-black/10 dark:shadow-black/40'

/** A tooltip box as wide as its words, up to 20rem (less where Radix has less room). */
export const tipBoxClass = `z-50 w-max max-w-[min(20rem,var(--radix-tooltip-content-available-width,20rem))] ${tipSurfaceClass}`

type Props = {
  title: string
  /** A `var(--…)` paint for the swatch before the title. */
  color?: string
  /** Figures, each a term and its value: "Calls 1,234", "Share 12.3%". */
  facts: readonly (readonly [string, ReactNode])[]
  /** What it means, from the catalog. */
  meaning?: string
  /** What a click does, when the mark is a link to the log. */
  action?: string
  /** Draws its own box: recharts' `<Tooltip content>` places it bare. */
  framed?: boolean
}

/** What a chart's tooltip says: name, counts and share, meaning, and what a click does. */
export function ChartTooltipContent({ framed = false, ...body }: Props) {
  return framed ? (
    <div className={`pointer-events-none w-64 ${tipSurfaceClass}`}>
      <TipBody {...body} />
    </div>
  ) : (
    <TipBody {...body} />
  )
}

function TipBody({ title, color, facts, meaning, action }: Omit<Props, 'framed'>) {
  return (
    <div className="flex flex-col gap-1.5">
      <p className="flex items-center gap-1.5 text-sm font-semibold">
        {color ? (
          <span
            aria-hidden
            className="size-2.5 shrink-0 rounded-sm"
            style={{ background: color }}
          />
        ) : null}
        {/* Agent and source names come from the data. */}
        <bdi className="min-w-0 break-words">{title}</bdi>
      </p>
      <dl className="grid grid-cols-[auto_auto] justify-start gap-x-4 gap-y-0.5">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd className="text-right font-medium tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {meaning ? <p className="max-w-72 text-muted">{meaning}</p> : null}
      {action ? (
        <p className="flex items-center gap-1.5 border-t border-line pt-1.5 text-faint">
          <MousePointerClick aria-hidden className="size-3.5 shrink-0" />
          {action}
        </p>
      ) : null}
    </div>
  )
}
