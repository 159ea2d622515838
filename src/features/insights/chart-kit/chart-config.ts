import type { CSSProperties } from 'react'
import { outcomeStyle } from '@/components/outcome-style'
import { outcomeOrder } from '@/domain/insights/outcome-order'
import {
  isOutcomeGroup,
  outcomeGroups,
  outcomeInfo,
  type OutcomeGroup,
} from '@/domain/outcomes'

/**
 * What a chart's series are called and how they are painted, keyed by series
 * (the shadcn/ui chart model). Colours are CSS variables from the stylesheet,
 * so one config serves the light and the dark theme.
 */
export type ChartConfig<K extends string = string> = Readonly<
  Record<K, { label: string; color: string }>
>

/** The paint of a series inside a ChartContainer: `var(--color-<key>)`. */
export const seriesColor = (key: string) => `var(--color-${key})`

/** The container's style property: one `--color-<key>` variable per series (no <style> element: our CSP). */
export function chartVars(config: ChartConfig): CSSProperties {
  return Object.fromEntries(
    Object.entries(config).map(([key, { color }]) => [`--color-${key}`, color]),
  )
}

/**
 * Every outcome group as a series: the catalog's label and the group's token.
 * One config serves every outcome chart, whichever groups it draws.
 */
export const outcomeChartConfig: ChartConfig<OutcomeGroup> = Object.fromEntries(
  outcomeGroups.map((key) => [
    key,
    { label: outcomeInfo[key].label, color: outcomeStyle(key).chart },
  ]),
) as ChartConfig<OutcomeGroup>

/** The outcome groups of a series from the wire, in the order charts stack them; others are left out. */
export const outcomeKeys = (keys: readonly string[]): OutcomeGroup[] =>
  outcomeOrder(keys.filter(isOutcomeGroup))
