import { formatPercent } from '@/lib/format'

/**
 * The share of the calls that ended which were answered, on the same
 * footing as the answer-rate KPI: calls still in flight count in neither
 * part. Null when none has ended.
 */
export const answerRate = (row: { answered: number; final: number }): number | null =>
  row.final > 0 ? row.answered / row.final : null

/** "62%", or a dash when there is no rate to give. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '–' : formatPercent(rate)
