import { describe, expect, it } from 'vitest'
import { outcomeTable } from '@/features/insights/chart-kit/outcome-table'

type Row = { id: string; total: number; counts: Record<string, number> }

const rows: Row[] = [
  { id: 'a', total: 12, counts: { connected: 9, failed: 3 } },
  { id: 'b', total: 1_500, counts: { failed: 1_500 } },
]

describe('outcomeTable', () => {
  it('heads a column per outcome group, between the rows’ names and the total', () => {
    const table = outcomeTable({
      caption: 'Calls by vendor',
      first: 'Vendor',
      groups: ['connected', 'failed'],
      rows,
      key: (row) => row.id,
      name: (row) => `Vendor ${row.id}`,
    })
    expect(table.caption).toBe('Calls by vendor')
    expect(table.numericFrom).toBe(1)
    expect(table.head).toEqual(['Vendor', 'Connected', 'Failed', 'Total'])
    expect(table.rows).toEqual([
      { key: 'a', cells: ['Vendor a', '9', '3', '12'] },
      { key: 'b', cells: ['Vendor b', '0', '1,500', '1,500'] },
    ])
  })

  it('writes each count as the card asks, knowing its row', () => {
    const table = outcomeTable({
      caption: '',
      first: 'Day',
      groups: ['failed'],
      rows,
      key: (row) => row.id,
      name: (row) => row.id,
      cell: (count, row) => `${count} of ${row.total}`,
    })
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['a', '3 of 12', '12'],
      ['b', '1500 of 1500', '1,500'],
    ])
  })
})
