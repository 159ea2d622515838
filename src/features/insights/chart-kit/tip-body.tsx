import { MousePointerClick } from 'lucide-react'
import type { ReactNode } from 'react'

type TipBodyProps = {
  title: string
  /** A `var(--…)` paint for the swatch before the title. */
  color?: string
  /** Figures, each a term and its value: "Calls 1,234", "Share 12.3%". */
  facts: readonly (readonly [string, ReactNode])[]
  /** What it means, from the catalog. */
  meaning?: string
  /** What a click does, when the mark is a link to the log. */
  action?: string
}

/** What a chart's tooltip says: name, counts and share, meaning, and what a click does. */
export function TipBody({ title, color, facts, meaning, action }: TipBodyProps) {
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
