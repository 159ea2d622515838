import type { CSSProperties } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { kpiChange } from './kpi-change'
import { KpiCard } from './kpi-card'
import { formatKpi, readKpi, type KpiSpec, type KpiStats } from './kpi-specs'

type KpiRowProps<S extends KpiStats> = {
  title: string
  specs: readonly KpiSpec<S>[]
  current: Pick<UseQueryResult<S>, 'data'>
  previous: Pick<UseQueryResult<S>, 'data'>
  comparedWith: string
  /** Set when the filters rule this log out: the cards say so instead of a zero. */
  excluded?: boolean
}

/** One log's KPI cards, each against the previous period of the same length. */
export function KpiRow<S extends KpiStats>({
  title,
  specs,
  current,
  previous,
  comparedWith,
  excluded,
}: KpiRowProps<S>) {
  return (
    <section aria-label={`${title} KPIs`} className="flex min-w-0 flex-col gap-2">
      <h2 className="text-xs font-semibold tracking-wide text-faint uppercase">
        {title}
      </h2>
      {/* One row where there is room; two by two on a phone. */}
      <div
        className="grid grid-cols-2 gap-3 sm:grid-cols-(--kpis)"
        style={{ '--kpis': `repeat(${specs.length}, minmax(0, 1fr))` } as CSSProperties}
      >
        {specs.map((spec) => {
          const now = current.data ? readKpi(spec, current.data) : undefined
          const before = previous.data ? readKpi(spec, previous.data) : undefined
          return (
            <KpiCard
              key={spec.label}
              label={spec.label}
              hint={spec.hint}
              value={
                excluded ? '–' : now === undefined ? undefined : formatKpi(now, spec.kind)
              }
              change={
                excluded || now === undefined || before === undefined
                  ? undefined
                  : kpiChange(now, before, spec.kind, spec.goodWhen)
              }
              comparedWith={comparedWith}
            />
          )
        })}
      </div>
    </section>
  )
}
