import type { LogRecordBase } from '@/api/record-schema'
import { ContactCell } from '../cells/contact-cell'
import { DirectionCell } from '../cells/direction-cell'
import { MetricsTrail } from '../cells/metrics-trail'
import { PhoneText } from '../cells/phone-text'
import { StatusCell } from '../cells/status-cell'
import { TimeCell } from '../cells/time-cell'
import { logColumnHelper } from '../data-table/table-features'
import type { CardLayout } from '../data-table/use-log-table'
import { statusCsv, trailCsv } from '../export/csv-fields'

/**
 * The columns every log has, built for a kind's record type: a log's own file
 * lists them with what is truly its own (a call's duration, a text's body).
 * Widths differ per log, as its other columns leave room.
 */
type Width = {
  /** The column's track in the row's CSS grid. */
  width: string
  /** Its track below 1280 px. */
  narrowWidth?: string
}

/** A record on a phone: who and how it ended, when and `detail`, then its last steps. */
export const recordCard = (detail: string, columns: string): CardLayout => ({
  areas: ['contact status', `time ${detail}`, 'metrics metrics'],
  columns,
  height: 140,
})

/** When the record started, to the second; sortable, newest first, never hidden. */
export function timeColumn<T extends LogRecordBase>(iso: (record: T) => string) {
  return logColumnHelper<T>().accessor(iso, {
    id: 'time',
    header: 'Time',
    enableHiding: false,
    sortDescFirst: true,
    meta: {
      width: '104px',
      narrowWidth: '92px',
      label: 'Time',
      csv: [{ header: 'Time', value: iso }],
    },
    cell: ({ row }) => <TimeCell iso={iso(row.original)} time={row.original.time} />,
  })
}

/**
 * The other party. Where `numberBelow` is set, From and To carry the number on
 * wider screens and in the CSV; the cell shows it only below that width.
 */
export function contactColumn<T extends LogRecordBase>({
  numberBelow,
  ...width
}: Width & { numberBelow?: 1280 }) {
  const name = { header: 'Contact name', value: (record: T) => record.contact.name ?? '' }
  const number = { header: 'Contact number', value: (record: T) => record.contact.number }
  return logColumnHelper<T>().display({
    id: 'contact',
    header: 'Contact',
    enableSorting: false,
    meta: { ...width, label: 'Contact', csv: numberBelow ? [name] : [name, number] },
    cell: ({ row }) => (
      <ContactCell contact={row.original.contact} numberBelow={numberBelow} />
    ),
  })
}

export function directionColumn<T extends LogRecordBase>() {
  return logColumnHelper<T>().display({
    id: 'direction',
    header: 'Direction',
    enableSorting: false,
    meta: {
      width: '112px',
      label: 'Direction',
      hideBelow: 1024,
      csv: [{ header: 'Direction', value: (record) => record.direction }],
    },
    cell: ({ row }) => <DirectionCell direction={row.original.direction} />,
  })
}

/** A phone number of the record (From, To, Receiving no.); its label heads the CSV column. */
export function phoneColumn<T extends LogRecordBase>(options: {
  id: string
  header: string
  label: string
  number: (record: T) => string | null
  width: string
  hideBelow: number
}) {
  const { id, header, label, number, width, hideBelow } = options
  return logColumnHelper<T>().display({
    id,
    header,
    enableSorting: false,
    meta: {
      width,
      label,
      hideBelow,
      csv: [{ header: label, value: (record) => number(record) ?? '' }],
    },
    cell: ({ row }) => <PhoneText number={number(row.original)} />,
  })
}

/** The current status and whose it is; sortable by its label. */
export function statusColumn<T extends LogRecordBase>(width: Width) {
  return logColumnHelper<T>().accessor((record) => record.status.label, {
    id: 'status',
    header: 'Status',
    meta: { ...width, label: 'Status', cardAlign: 'end', csv: statusCsv },
    cell: ({ row }) => (
      <StatusCell status={row.original.status} vendor={row.original.vendor} />
    ),
  })
}

/** Every step the record went through, as many as fit. */
export function metricsColumn<T extends LogRecordBase>(width: Width) {
  return logColumnHelper<T>().display({
    id: 'metrics',
    header: 'Metrics',
    enableSorting: false,
    meta: { ...width, label: 'Metrics', csv: trailCsv },
    cell: ({ row }) => <MetricsTrail steps={row.original.trail} />,
  })
}

/** The builders for one kind's record type, so a log's file names its type once. */
export const recordColumns = <T extends LogRecordBase>() => ({
  time: timeColumn<T>,
  contact: contactColumn<T>,
  direction: directionColumn<T>,
  phone: phoneColumn<T>,
  status: statusColumn<T>,
  metrics: metricsColumn<T>,
})
