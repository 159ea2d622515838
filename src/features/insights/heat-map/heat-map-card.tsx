import { useState } from 'react'
import { outcomeInfo } from '@/domain/outcomes'
import { ChartCard } from '../chart-kit/chart-card'
import type { ChartStatus } from '../chart-kit/chart-state'
import type { HeatGrid } from './heat-cells'
import { HeatMap, type HeatMetric } from './heat-map'
import type { LogKindInfo } from '@/domain/log-kind'

type Props = {
  grid: HeatGrid | undefined
  status: ChartStatus
  words: LogKindInfo
}

/** When calls come in, and when they get answered. */
export function HeatMapCard({ grid, status, words }: Props) {
  const [metric, setMetric] = useState<HeatMetric>('volume')
  return (
    <ChartCard
      name="calls-heat-map"
      title="Calls by hour and weekday"
      description="Each cell counts the calls in that hour; shade by volume or by the share answered."
      status={status}
      legend={
        <div
          role="group"
          aria-label="Shade cells by"
          className="inline-flex rounded-md border border-line p-0.5"
        >
          {(
            [
              ['volume', 'Volume'],
              ['rate', 'Answer rate'],
            ] as const
          ).map(([key, label]) => (
            <button
              key={key}
              type="button"
              aria-pressed={metric === key}
              onClick={() => setMetric(key)}
              className="h-6 rounded px-2 text-xs font-medium text-muted aria-pressed:bg-accent-soft aria-pressed:text-ink"
            >
              {label}
            </button>
          ))}
        </div>
      }
    >
      {grid ? (
        <HeatMap
          grid={grid}
          metric={metric}
          successWord="answered"
          successMeaning={outcomeInfo.connected.description}
          words={words}
        />
      ) : null}
    </ChartCard>
  )
}
