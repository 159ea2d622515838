import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { callSchema } from '@/api/call-schema'
import type { LogRecordBase } from '@/api/record-schema'
import { textSchema } from '@/api/text-schema'
import { callColumns } from '@/features/logs/columns/call-columns'
import {
  contactColumn,
  directionColumn,
  metricsColumn,
  phoneColumn,
  recordCard,
  statusColumn,
  timeColumn,
} from '@/features/logs/columns/shared-columns'
import { textColumns } from '@/features/logs/columns/text-columns'
import { callWire, textWire } from '../../../support/fixtures'

const call = callSchema.parse(
  callWire(1, { direction: 'inbound', receiving_number: null }),
)
const text = textSchema.parse(textWire(2))

/** What these tests read of a column definition, whichever builder made it. */
type ColumnLike<T> = {
  meta?: { csv?: { header: string; value: (record: T) => string | number }[] }
  cell?: unknown
}

/** The CSV cells a column writes for a record, as [header, value] pairs. */
const csvOf = <T,>(column: ColumnLike<T>, record: T) =>
  column.meta?.csv?.map((field) => [field.header, field.value(record)])

/** The column's value for sorting and the table's model, where it has one. */
const valueOf = <T,>(column: ColumnLike<T>, record: T) =>
  (column as { accessorFn?: (row: T, index: number) => unknown }).accessorFn?.(record, 0)

/** Renders a column's cell for one record, as the table would. */
function renderCell<T>(column: ColumnLike<T>, record: T) {
  const cell = column.cell as (context: { row: { original: T } }) => ReactNode
  return render(<div>{cell({ row: { original: record } })}</div>)
}

const kinds = [
  { kind: 'calls', record: call as LogRecordBase, iso: call.startedAt },
  { kind: 'texts', record: text as LogRecordBase, iso: text.createdAt },
] as const

describe.each(kinds)('shared columns, $kind', ({ record, iso }) => {
  it('time: sortable newest first, never hidden, the exact instant in the CSV', () => {
    const column = timeColumn<LogRecordBase>(() => iso)
    expect(column).toMatchObject({
      id: 'time',
      header: 'Time',
      enableHiding: false,
      sortDescFirst: true,
    })
    expect(valueOf(column, record)).toBe(iso)
    expect(csvOf(column, record)).toEqual([['Time', iso]])
    renderCell(column, record)
    expect(screen.getByRole('time')).toHaveAttribute('datetime', iso)
  })

  it('direction: the word with its arrow, and the wire value in the CSV', () => {
    const column = directionColumn<LogRecordBase>()
    expect(column).toMatchObject({ id: 'direction', header: 'Direction' })
    expect(column.meta?.hideBelow).toBe(1024)
    expect(csvOf(column, record)).toEqual([['Direction', record.direction]])
    renderCell(column, record)
    expect(
      screen.getByText(record.direction === 'inbound' ? 'Inbound' : 'Outbound'),
    ).toBeVisible()
  })

  it('status: sorts by its label; the CSV has the label, the code as sent and the vendor', () => {
    const column = statusColumn<LogRecordBase>({ width: '124px' })
    expect(column).toMatchObject({ id: 'status', header: 'Status' })
    expect(column.meta?.width).toBe('124px')
    expect(valueOf(column, record)).toBe(record.status.label)
    expect(csvOf(column, record)).toEqual([
      ['Status', record.status.label],
      ['Status code', record.statusCode],
      ['Vendor', record.vendor === 'ctm' ? 'CallTrackingMetrics' : 'Routee'],
    ])
  })

  it('metrics: every step in one CSV cell, in time order', () => {
    const column = metricsColumn<LogRecordBase>({ width: 'minmax(300px, 1fr)' })
    expect(column).toMatchObject({ id: 'metrics', header: 'Metrics' })
    const [[header, value] = []] = csvOf(column, record) ?? []
    expect(header).toBe('Metrics')
    expect(String(value).split('; ')).toEqual(
      record.trail.map((step) => `${step.at} ${step.status.label}`),
    )
  })

  it('contact: the name and number, or the name alone where From and To hold the number', () => {
    const both = contactColumn<LogRecordBase>({ width: '128px' })
    expect(both).toMatchObject({ id: 'contact', header: 'Contact' })
    expect(csvOf(both, record)).toEqual([
      ['Contact name', record.contact.name],
      ['Contact number', record.contact.number],
    ])
    const nameOnly = contactColumn<LogRecordBase>({ width: '128px', numberBelow: 1280 })
    expect(csvOf(nameOnly, record)).toEqual([['Contact name', record.contact.name]])
    renderCell(both, record)
    expect(screen.getByText(record.contact.name ?? '')).toBeVisible()
  })
})

describe('a phone column', () => {
  it('heads its CSV column with its label, and writes a missing number as empty', () => {
    const receiving = phoneColumn<typeof call>({
      id: 'receiving',
      header: 'Receiving no.',
      label: 'Receiving number',
      number: (record) => record.receivingNumber,
      width: '132px',
      hideBelow: 1440,
    })
    expect(receiving).toMatchObject({ id: 'receiving', header: 'Receiving no.' })
    expect(receiving.meta).toMatchObject({ label: 'Receiving number', hideBelow: 1440 })
    expect(csvOf(receiving, call)).toEqual([['Receiving number', '']])
    const from = phoneColumn<typeof text>({
      id: 'from',
      header: 'From',
      label: 'From',
      number: (record) => record.from,
      width: '156px',
      hideBelow: 1280,
    })
    expect(csvOf(from, text)).toEqual([['From', text.from]])
  })
})

describe('the logs built from them', () => {
  it('lay a record out as a card: contact and status, time and the kind’s own detail, then the steps', () => {
    expect(recordCard('duration', 'auto').areas).toEqual([
      'contact status',
      'time duration',
      'metrics metrics',
    ])
  })

  it('give both logs the same shared columns, with each log’s own between them', () => {
    expect(callColumns.map((column) => column.id)).toEqual([
      'time',
      'contact',
      'direction',
      'source',
      'receiving',
      'agent',
      'campaign',
      'duration',
      'status',
      'metrics',
    ])
    expect(textColumns.map((column) => column.id)).toEqual([
      'time',
      'direction',
      'from',
      'to',
      'contact',
      'message',
      'segments',
      'status',
      'metrics',
    ])
    // Each log's time column reads its own field.
    expect(valueOf(callColumns[0] as ColumnLike<typeof call>, call)).toBe(call.startedAt)
    expect(valueOf(textColumns[0] as ColumnLike<typeof text>, text)).toBe(text.createdAt)
  })
})
