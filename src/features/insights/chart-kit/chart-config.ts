import type { CSSProperties } from 'react'
import { outcomeStyle } from '@/components/outcome-style'
import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'

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

/** Outcome groups as series: the catalog's label and the group's token. */
export function outcomeConfig<K extends OutcomeGroup>(
  keys: readonly K[],
): ChartConfig<K> {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      { label: outcomeInfo[key].label, color: outcomeStyle(key).chart },
    ]),
  ) as ChartConfig<K>
}
