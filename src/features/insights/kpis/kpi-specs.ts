import type { CallStats, TextStats } from '@/api/stats-schema'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import { formatCount, formatDuration, formatPercent } from '@/lib/format'
import type { GoodWhen, KpiKind } from './kpi-change'

/** A log's stats: its KPI figures are numbers, or null where there is nothing to divide by. */
export type KpiStats = { kpis: Readonly<Record<string, number | null>> }

export type KpiSpec<S extends KpiStats> = {
  label: string
  /** The figure in the stats' `kpis`. */
  field: keyof S['kpis'] & string
  kind: KpiKind
  goodWhen: GoodWhen
  hint: string
}

/** Every record matching the filters: volume is neither good nor bad news. */
const totalKpi = <S extends CallStats | TextStats>(
  kind: LogKind,
  hint: string,
): KpiSpec<S> => ({
  label: logKindInfo[kind].title,
  field: 'total',
  kind: 'count',
  goodWhen: 'neither',
  hint,
})

/** A shorter ring is good news; a longer talk is neither. */
export const callKpis: readonly KpiSpec<CallStats>[] = [
  totalKpi('calls', 'Every call matching the filters, still under way included.'),
  {
    label: 'Answer rate',
    field: 'answerRate',
    kind: 'rate',
    goodWhen: 'up',
    hint: 'Connected calls out of calls with an outcome; calls under way are left out.',
  },
  {
    label: 'Avg ring time',
    field: 'avgRingTime',
    kind: 'seconds',
    goodWhen: 'down',
    hint: 'Average time connected calls rang before someone picked up.',
  },
  {
    label: 'Avg talk time',
    field: 'avgTalkTime',
    kind: 'seconds',
    goodWhen: 'neither',
    hint: 'Average conversation length of connected calls.',
  },
]

export const textKpis: readonly KpiSpec<TextStats>[] = [
  totalKpi('texts', 'Every text matching the filters, inbound and outbound.'),
  {
    label: 'Delivery rate',
    field: 'deliveryRate',
    kind: 'rate',
    goodWhen: 'up',
    hint: 'Delivered texts out of outbound texts that ended; texts Sent whose delivery receipt can still come are left out.',
  },
  {
    label: 'Failure rate',
    field: 'failureRate',
    kind: 'rate',
    goodWhen: 'down',
    hint: 'Failed and not delivered texts out of outbound texts that ended; texts awaiting a delivery receipt are left out.',
  },
]

/** A KPI's figure in a log's stats. */
export const readKpi = <S extends KpiStats>(spec: KpiSpec<S>, stats: S): number | null =>
  stats.kpis[spec.field] ?? null

export function formatKpi(value: number | null, kind: KpiKind): string {
  if (value === null) return '–'
  if (kind === 'rate') return formatPercent(value)
  if (kind === 'seconds') return formatDuration(value)
  return formatCount(value)
}

const hour = 3_600_000
const day = 24 * hour

/** "the 30 days before", "the hour before": the period a KPI is compared with. */
export function comparedWith(spanMs: number): string {
  const days = spanMs / day
  if (Number.isInteger(days) && days >= 1)
    return days === 1 ? 'the day before' : `the ${days} days before`
  const hours = Math.round(spanMs / hour)
  if (hours >= 1) return hours === 1 ? 'the hour before' : `the ${hours} hours before`
  return 'the period before'
}
