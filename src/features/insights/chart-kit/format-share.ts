import { formatCount, formatPercent } from '@/lib/format'

/** A share as shown on a chart: "12.3%", "<0.1%" rather than a misleading "0%", "–" for none. */
export function formatShare(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '–'
  if (ratio > 0 && ratio < 0.0005) return '<0.1%'
  return formatPercent(ratio)
}

/** "1,234 · 12.3%": a count and its share of `whole`. */
export function countAndShare(count: number, whole: number): string {
  return `${formatCount(count)} · ${whole > 0 ? formatPercent(count / whole) : '–'}`
}
