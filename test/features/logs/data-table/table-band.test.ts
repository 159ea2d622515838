import { describe, expect, it } from 'vitest'
import {
  columnsFitFrom,
  narrowestGrid,
  tableBreakpoints,
  tableLayoutAt,
} from '@/features/logs/data-table/table-band'
import { defaultVisibility } from '@/features/logs/data-table/use-column-visibility'
import { callColumns } from '@/features/logs/columns/call-columns'
import { textColumns } from '@/features/logs/columns/text-columns'
import { bandOf } from '@/lib/use-width-band'

// The record's panel is 30rem beside the table from 1280 px, 26rem from 1024 px.
const besidePanel = (window: number) => window - (window >= 1280 ? 480 : 416)

const logs = [
  ['Activity Log', callColumns],
  ['Text Log', textColumns],
] as const

const shown = (columns: readonly { id?: string }[], width: number) => {
  const hidden = defaultVisibility(columns as never, width)
  return columns.map((column) => column.id).filter((id) => hidden[id ?? ''] !== false)
}

describe('the table layout for its own width', () => {
  it('reads flex tracks as CSS does: equal fr sizes push the smaller minimum up', () => {
    expect(narrowestGrid(['100px', 'minmax(180px, 1.4fr)', 'minmax(300px, 1.4fr)'])).toBe(
      700,
    )
    expect(narrowestGrid(['100px', 'minmax(180px, 3fr)', 'minmax(300px, 5fr)'])).toBe(580)
  })

  it.each(logs)(
    'keeps the %s in columns at 768 px and wider, as on a tablet',
    (_, columns) => {
      expect(columnsFitFrom(columns)).toBeGreaterThanOrEqual(640)
      expect(columnsFitFrom(columns)).toBeLessThanOrEqual(768)
      for (const width of [768, 1024, 1440])
        expect(
          tableLayoutAt(columns, bandOf(width, tableBreakpoints(columns))).cards,
        ).toBe(false)
    },
  )

  it.each(logs)(
    'beside the panel at 1280 and 1440 px, lays the %s out as a tablet does: narrow, the extra columns gone',
    (_, columns) => {
      for (const window of [1280, 1440]) {
        const band = bandOf(besidePanel(window), tableBreakpoints(columns))
        expect(tableLayoutAt(columns, band)).toEqual({ cards: false, narrow: true })
        expect(shown(columns, band)).toEqual(shown(columns, 768))
        expect(shown(columns, band)).toEqual(
          expect.arrayContaining(['status', 'metrics']),
        )
      }
      // With the panel closed the window's width is the table's: nothing changes.
      expect(shown(columns, bandOf(1440, tableBreakpoints(columns)))).toContain(
        'direction',
      )
    },
  )

  it.each(logs)(
    'turns the %s into cards where even the narrow columns would not fit beside the panel',
    (_, columns) => {
      const band = bandOf(besidePanel(1024), tableBreakpoints(columns))
      expect(tableLayoutAt(columns, band).cards).toBe(true)
      expect(tableLayoutAt(columns, bandOf(390, tableBreakpoints(columns))).cards).toBe(
        true,
      )
    },
  )

  it('counts a column that shows at the fitting width into the fit', () => {
    const columns = [
      { meta: { width: '100px' } },
      { meta: { width: 'minmax(300px, 1fr)' } },
      { meta: { width: '200px', hideBelow: 500 } },
    ]
    // 416 px (400 and a scroll bar) is under the third column's 500: cards below 640.
    expect(columnsFitFrom(columns)).toBe(640)
    // 516 px is over it: the third column counts, 716 px.
    expect(columnsFitFrom([...columns, { meta: { width: '100px' } }])).toBe(716)
  })
})
