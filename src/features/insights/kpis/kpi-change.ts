import { formatPercent } from '@/lib/format'

/** How a KPI is compared: counts and times by relative change, rates in points. */
export type KpiKind = 'count' | 'rate' | 'seconds'

/** Which way is good news: more answered calls is, more failures is not. */
export type GoodWhen = 'up' | 'down' | 'neither'

export type KpiChange = {
  direction: 'up' | 'down' | 'flat' | 'none'
  tone: 'good' | 'bad' | 'neutral'
  /** "Up 12.5%", "Down 3.1 pts", "No change", "No earlier data". */
  words: string
}

const pointsFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

/**
 * A KPI against the previous period of the same length. Rates move in
 * percentage points (a rate going from 40% to 44% is "up 4 pts", not "up
 * 10%"); counts and times in percent of the earlier value. A change too
 * small to show at one decimal is "no change".
 */
export function kpiChange(
  current: number | null,
  previous: number | null,
  kind: KpiKind,
  goodWhen: GoodWhen,
): KpiChange {
  if (current === null || previous === null) {
    return { direction: 'none', tone: 'neutral', words: 'No earlier data' }
  }
  if (kind !== 'rate' && previous === 0) {
    return current === 0
      ? { direction: 'flat', tone: 'neutral', words: 'No change' }
      : { direction: 'none', tone: 'neutral', words: 'None the period before' }
  }
  const delta =
    kind === 'rate' ? (current - previous) * 100 : (current - previous) / previous
  const shown =
    kind === 'rate' ? Math.round(delta * 10) / 10 : Math.round(delta * 1000) / 1000
  if (shown === 0) return { direction: 'flat', tone: 'neutral', words: 'No change' }
  const direction = shown > 0 ? 'up' : 'down'
  const amount =
    kind === 'rate'
      ? `${pointsFormat.format(Math.abs(shown))} pts`
      : formatPercent(Math.abs(shown))
  const tone =
    goodWhen === 'neither' ? 'neutral' : goodWhen === direction ? 'good' : 'bad'
  return { direction, tone, words: `${direction === 'up' ? 'Up' : 'Down'} ${amount}` }
}
