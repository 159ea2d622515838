import type { StatusDistribution } from '@/domain/insights/status-distribution'
import { outcomeInfo } from '@/domain/outcomes'
import { formatCount } from '@/lib/format'
import { formatShare } from '../chart-kit/format-share'
import type { ChartTableData } from '../chart-kit/chart-table'
import type { LogKindInfo } from '@/domain/log-kind'

/** The distribution as rows: each outcome group, then the statuses inside it. */
export function distributionTable(
  distribution: StatusDistribution,
  words: LogKindInfo,
): ChartTableData {
  const { notInCatalog } = distribution
  const groups = [
    ...distribution.groups,
    distribution.inFlight,
    ...(notInCatalog.count > 0 ? [notInCatalog] : []),
  ]
  return {
    caption: `${words.title} by outcome group and status. Shares of outcome groups are of ${formatCount(distribution.outcomesTotal)} ${words.noun.many} with an outcome; ${outcomeInfo[distribution.inFlight.outcome].label} and ${outcomeInfo.unknown.label} are not outcomes.`,
    head: ['Outcome group', 'Status', words.title, 'Share'],
    rows: groups.flatMap((group) => [
      {
        key: group.outcome,
        strong: true,
        cells: [
          outcomeInfo[group.outcome].label,
          'All',
          formatCount(group.count),
          formatShare(group.share),
        ],
      },
      ...group.statuses.map((slice) => ({
        key: `${group.outcome}-${slice.key}`,
        cells: [
          outcomeInfo[group.outcome].label,
          slice.name,
          formatCount(slice.count),
          formatShare(slice.share),
        ],
      })),
    ]),
  }
}
