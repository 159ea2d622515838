import { describe, expect, it } from 'vitest'
import type { Row } from '@tanstack/react-table'
import {
  sameRow,
  type DataTableRowProps,
} from '@/features/logs/data-table/data-table-row'
import type { LogTableFeatures } from '@/features/logs/data-table/table-features'

type Record = { id: string }

/** A row as the table makes it: a new object each time the data changes. */
const rowOf = (original: Record) =>
  ({ id: original.id, original }) as unknown as Row<LogTableFeatures, Record>

const props = (
  original: Record,
  patch: Partial<DataTableRowProps<Record>> = {},
): DataTableRowProps<Record> => ({
  row: rowOf(original),
  index: 3,
  start: 156,
  height: 52,
  gridTemplate: '[time] 7rem [contact] 1fr',
  active: false,
  open: false,
  ...patch,
})

describe('sameRow', () => {
  const record = { id: 'CA1' }

  it('keeps a row whose record is unchanged when the table makes a new row object', () => {
    expect(sameRow(props(record), props(record))).toBe(true)
  })

  it('renders again for another record, even with the same id', () => {
    expect(sameRow(props(record), props({ id: 'CA1' }))).toBe(false)
  })

  it('renders again when its place, focus, selection or columns change', () => {
    const before = props(record)
    expect(sameRow(before, props(record, { index: 4 }))).toBe(false)
    expect(sameRow(before, props(record, { start: 208 }))).toBe(false)
    expect(sameRow(before, props(record, { active: true }))).toBe(false)
    expect(sameRow(before, props(record, { open: true }))).toBe(false)
    expect(
      sameRow(before, props(record, { gridTemplate: '[time] 7rem [agent] 1fr' })),
    ).toBe(false)
  })
})
