import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { ChartCard, type ChartCardProps } from './chart-card'
import type { ChartConfig } from './chart-config'
import { ChartLegend } from './chart-legend'

export type SeriesChartCardProps<K extends string> = Omit<
  ChartCardProps,
  'legend' | 'children'
> & {
  config: ChartConfig<K>
  /** The series, in the legend's order. */
  keys: readonly K[]
  /** Names the legend for screen readers. */
  legendLabel?: string
  /** Draws the chart with the series the legend leaves shown, in `keys` order. */
  children: (shown: readonly K[]) => ReactNode
}

/**
 * A chart card whose legend shows and hides the chart's series. Series
 * switched off stay off while the filters change.
 */
export function SeriesChartCard<K extends string>({
  config,
  keys,
  legendLabel = 'Show or hide outcome groups',
  children,
  ...card
}: SeriesChartCardProps<K>) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set())
  const toggle = useCallback(
    (key: string) =>
      setHidden((previous) => {
        const next = new Set(previous)
        if (!next.delete(key)) next.add(key)
        return next
      }),
    [],
  )
  const shown = useMemo(() => keys.filter((key) => !hidden.has(key)), [keys, hidden])
  return (
    <ChartCard
      {...card}
      legend={
        <ChartLegend
          label={legendLabel}
          config={config}
          keys={keys}
          hidden={hidden}
          onToggle={toggle}
        />
      }
    >
      {children(shown)}
    </ChartCard>
  )
}
