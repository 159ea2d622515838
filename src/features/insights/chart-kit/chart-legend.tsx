import { LegendToggles } from './legend-toggles'
import type { ChartConfig } from './chart-config'

type Props<K extends string> = {
  config: ChartConfig<K>
  keys: readonly K[]
  hidden: ReadonlySet<string>
  onToggle: (key: string) => void
  /** Names the group for screen readers: "Show or hide outcome groups". */
  label: string
}

/** A chart's legend from its config: a button per series that shows or hides it. */
export function ChartLegend<K extends string>({
  config,
  keys,
  hidden,
  onToggle,
  label,
}: Props<K>) {
  return (
    <LegendToggles
      label={label}
      items={keys.map((key) => ({
        key,
        label: config[key].label,
        color: config[key].color,
      }))}
      hidden={hidden}
      onToggle={onToggle}
    />
  )
}
