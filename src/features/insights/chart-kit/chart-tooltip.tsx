import type { ReactNode } from 'react'
import { formatCount, formatPercent } from '@/lib/format'
import { tipSurfaceClass } from './chart-tip'
import { TipBody } from './tip-body'

type Props = {
  title: string
  color?: string
  facts: readonly (readonly [string, ReactNode])[]
  meaning?: string
  action?: string
}

/** What a recharts `<Tooltip content>` shows: the charts' tooltip card (name, count, share, meaning, action). */
export function ChartTooltipContent(props: Props) {
  return (
    <div className={`pointer-events-none w-64 ${tipSurfaceClass}`}>
      <TipBody {...props} />
    </div>
  )
}

/** "1,234 · 12.3%": a count and its share of `whole`. */
export function countAndShare(count: number, whole: number): string {
  return `${formatCount(count)} · ${whole > 0 ? formatPercent(count / whole) : '–'}`
}
