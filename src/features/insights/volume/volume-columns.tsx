import type { BarShapeProps } from 'recharts'
import type { SeriesPoint } from '@/api/stats-schema'
import type { OutcomeGroup } from '@/domain/outcomes'
import { seriesColor } from '../chart-kit/chart-config'

/** A volume bar as the chart reads it: the shown groups' sum is the bar's height. */
export type VolumeDatum = {
  index: number
  time: number
  shown: number
  point: SeriesPoint
}

/**
 * The shape of one `<Bar>` that draws a whole column: each shown group's
 * part, bottom up, in its colour. One element per column instead of one per
 * part keeps a month of hours quick to draw; each part names its group
 * (`data-key`) for the tooltip and the click.
 */
export function volumeColumn(keys: readonly OutcomeGroup[]) {
  return function VolumeColumn(props: BarShapeProps) {
    const { x, y, width, height } = props
    const datum = props.payload as VolumeDatum | undefined
    if (!datum || !(datum.shown > 0) || !(height > 0)) return <g />
    let base = y + height
    return (
      <g>
        {keys.map((key) => {
          const count = datum.point.counts[key] ?? 0
          if (count <= 0) return null
          const h = (height * count) / datum.shown
          base -= h
          return (
            <path
              key={key}
              data-mark
              data-key={key}
              d={`M${x},${base}h${width}v${h}h${-width}Z`}
              fill={seriesColor(key)}
              className="cursor-pointer"
            />
          )
        })}
      </g>
    )
  }
}

/** Which bars get a date under them: every nth from the first, at most `most`. */
export function tickIndexes(count: number, most: number): number[] {
  if (count <= 0) return []
  const step = Math.max(1, Math.ceil(count / Math.max(1, most)))
  return Array.from({ length: Math.ceil(count / step) }, (_, i) => i * step)
}
