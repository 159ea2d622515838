import { outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import { formatCount } from '@/lib/format'
import type { ChartTableData } from './chart-table'

/** What an outcome table's row is made of: counts by outcome group and their total. */
type Counted = { total: number; counts: Readonly<Record<string, number>> }

type OutcomeTable<R extends Counted> = {
  caption: string
  /** Heads the first column, which names the rows: "Day", "Vendor". */
  first: string
  groups: readonly OutcomeGroup[]
  rows: readonly R[]
  key: (row: R) => string
  name: (row: R) => string
  /** Writes a group's count in a row; the count alone by default. */
  cell?: (count: number, row: R) => string
}

/** Counts by outcome group as a table: a row per item, a column per group, then the total. */
export function outcomeTable<R extends Counted>({
  caption,
  first,
  groups,
  rows,
  key,
  name,
  cell = (count) => formatCount(count),
}: OutcomeTable<R>): ChartTableData {
  return {
    caption,
    numericFrom: 1,
    head: [first, ...groups.map((group) => outcomeInfo[group].label), 'Total'],
    rows: rows.map((row) => ({
      key: key(row),
      cells: [
        name(row),
        ...groups.map((group) => cell(row.counts[group] ?? 0, row)),
        formatCount(row.total),
      ],
    })),
  }
}
