import type { StatsInterval } from '@/api/stats-schema'
import { isOutcomeGroup, outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import { formatCount, formatPercent } from '@/lib/format'
import { bucketLabel } from '../chart-kit/bucket-label'
import { seriesColor } from '../chart-kit/chart-config'
import { ChartTooltipContent } from '../chart-kit/chart-tooltip'
import { countAndShare } from '../chart-kit/format-share'
import { useHoverKey, type HoverKey } from '../chart-kit/hover-key'
import type { VolumeDatum } from './volume-columns'
import { useDisplayZone } from '@/lib/display-zone'
import type { LogKindInfo } from '@/domain/log-kind'

type Props = {
  datum: VolumeDatum
  keys: readonly OutcomeGroup[]
  interval: StatsInterval
  words: LogKindInfo
  /** The part named, if any; else the tooltip speaks of the whole bar. */
  part?: OutcomeGroup
  /** How the bar was reached: the keyboard opens it with Enter. */
  by: 'pointer' | 'keyboard'
}

/**
 * A volume bar's tooltip: the part under the pointer with its count, share and
 * meaning, or, for the whole bar, each group's count and share in it.
 */
export function VolumeTooltip({ datum, keys, interval, words, part, by }: Props) {
  const { formatZone } = useDisplayZone()
  const { point } = datum
  const when = bucketLabel(point.time, interval, formatZone)
  const count = (key: OutcomeGroup) => point.counts[key] ?? 0
  if (part && count(part) > 0) {
    const label = outcomeInfo[part].label
    return (
      <ChartTooltipContent
        framed
        title={`${label} · ${when}`}
        color={seriesColor(part)}
        facts={[
          [label, formatCount(count(part))],
          [
            'Of the interval',
            point.total > 0 ? formatPercent(count(part) / point.total) : '–',
          ],
          [`All ${words.noun.many}`, formatCount(point.total)],
        ]}
        meaning={outcomeInfo[part].description}
        action={`Click to open the ${words.log} for this ${interval}, filtered to ${label}`}
      />
    )
  }
  return (
    <ChartTooltipContent
      framed
      title={`${when} · ${formatCount(point.total)} ${words.noun.many}`}
      facts={keys
        .filter((key) => count(key) > 0)
        .map((key) => [outcomeInfo[key].label, countAndShare(count(key), point.total)])}
      action={`${by === 'keyboard' ? 'Press Enter' : 'Click'} to open the ${words.log} for this ${interval}`}
    />
  )
}

/** The tooltip as recharts' `<Tooltip content>`: the part is the one under the pointer. */
export function PointerVolumeTooltip({
  hover,
  active,
  payload,
  ...props
}: Omit<Props, 'datum' | 'part' | 'by'> & {
  hover: HoverKey
  active?: boolean
  payload?: readonly { payload?: unknown }[]
}) {
  const key = useHoverKey(hover)
  const datum = payload?.[0]?.payload as VolumeDatum | undefined
  if (!active || !datum) return null
  return (
    <VolumeTooltip
      {...props}
      datum={datum}
      part={key && isOutcomeGroup(key) ? key : undefined}
      by="pointer"
    />
  )
}
