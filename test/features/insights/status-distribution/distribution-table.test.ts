import { describe, expect, it } from 'vitest'
import { statusDistribution } from '@/domain/insights/status-distribution'
import { logKindInfo } from '@/domain/log-kind'
import { distributionTable } from '@/features/insights/status-distribution/distribution-table'

const words = logKindInfo.calls

describe('distributionTable', () => {
  it('lists each outcome group, then its statuses, then what is under way', () => {
    const table = distributionTable(
      statusDistribution('call', [
        { value: 'ctm.call.answered', count: 6 },
        { value: 'ctm.call.in-progress', count: 1 },
      ]),
      words,
    )
    expect(table.head).toEqual(['Outcome group', 'Status', 'Calls', 'Share'])
    expect(table.caption).toMatch(/^Calls by outcome group and status\. .* of 6 calls/)
    const connected = table.rows.filter((row) => row.cells[0] === 'Connected')
    expect(connected[0]).toMatchObject({
      strong: true,
      cells: ['Connected', 'All', '6', '100%'],
    })
    expect(connected[1]?.cells.slice(1, 3)).toEqual(['Answered · CTM', '6'])
    expect(table.rows.at(-2)?.cells.slice(0, 3)).toEqual(['In progress', 'All', '1'])
    // Nothing outside the catalog: no row for it.
    expect(table.rows.some((row) => row.cells[0] === 'Not in the catalog')).toBe(false)
  })

  it('adds the statuses the catalog does not hold when there are some', () => {
    const table = distributionTable(
      statusDistribution('call', [{ value: 'acme.call.weird', count: 2 }]),
      words,
    )
    expect(table.rows.at(-2)?.cells.slice(0, 3)).toEqual([
      'Not in the catalog',
      'All',
      '2',
    ])
    expect(table.rows.at(-1)?.cells.slice(2, 3)).toEqual(['2'])
  })
})
