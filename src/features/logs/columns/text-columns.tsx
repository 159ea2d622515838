import type { Text } from '@/api/text-schema'
import { clip } from '@/lib/format'
import { ContactCell } from '../cells/contact-cell'
import { DirectionCell } from '../cells/direction-cell'
import { MetricsTrail } from '../cells/metrics-trail'
import { PhoneText } from '../cells/phone-text'
import { StatusCell } from '../cells/status-cell'
import { TimeCell } from '../cells/time-cell'
import { logColumnHelper } from '../data-table/table-features'
import type { CardLayout } from '../data-table/use-log-table'
import { statusCsv, trailCsv } from '../export/csv-fields'

const column = logColumnHelper<Text>()

/** A text on a phone: who and how it ended, when and what it said, then its last steps. */
export const textCard: CardLayout = {
  areas: ['contact status', 'time message', 'metrics metrics'],
  columns: 'minmax(0, 1fr) minmax(0, 1.4fr)',
  height: 140,
}

/** The Text Log's columns; ids that match an API sort field are sortable. */
export const textColumns = column.columns([
  column.accessor('createdAt', {
    id: 'time',
    header: 'Time',
    enableHiding: false,
    sortDescFirst: true,
    meta: {
      width: '104px',
      narrowWidth: '92px',
      label: 'Time',
      csv: [{ header: 'Time', value: (text) => text.createdAt }],
    },
    cell: ({ row }) => <TimeCell iso={row.original.createdAt} time={row.original.time} />,
  }),
  column.display({
    id: 'direction',
    header: 'Direction',
    enableSorting: false,
    meta: {
      width: '112px',
      label: 'Direction',
      hideBelow: 1024,
      csv: [{ header: 'Direction', value: (text) => text.direction }],
    },
    cell: ({ row }) => <DirectionCell direction={row.original.direction} />,
  }),
  column.display({
    id: 'from',
    header: 'From',
    enableSorting: false,
    meta: {
      // A whole number, "+1 (504) 555-0112", with the cell's padding.
      width: '156px',
      label: 'From',
      // Below 1280 px the contact's number (the other end) stands in for From and To.
      hideBelow: 1280,
      csv: [{ header: 'From', value: (text) => text.from }],
    },
    cell: ({ row }) => <PhoneText number={row.original.from} />,
  }),
  column.display({
    id: 'to',
    header: 'To',
    enableSorting: false,
    meta: {
      width: '156px',
      label: 'To',
      hideBelow: 1280,
      csv: [{ header: 'To', value: (text) => text.to }],
    },
    cell: ({ row }) => <PhoneText number={row.original.to} />,
  }),
  column.display({
    id: 'contact',
    header: 'Contact',
    enableSorting: false,
    meta: {
      width: '128px',
      // Flex shares in the ratio of the minimums (120 : 100 : 300), as on wide screens.
      narrowWidth: 'minmax(120px, 1.2fr)',
      label: 'Contact',
      csv: [{ header: 'Contact name', value: (text) => text.contact.name ?? '' }],
    },
    // Below 1280 px, where From and To give way, the number shows under the name.
    cell: ({ row }) => <ContactCell contact={row.original.contact} numberBelow={1280} />,
  }),
  column.display({
    id: 'message',
    header: 'Message',
    enableSorting: false,
    meta: {
      // Flex shares in the ratio of the minimums (180 : 300), so neither track is
      // pushed past its minimum to match the other's and the log fits 1280 px.
      width: 'minmax(180px, 3fr)',
      narrowWidth: 'minmax(100px, 1fr)',
      label: 'Message',
      csv: [{ header: 'Message', value: (text) => text.body }],
    },
    cell: ({ row }) => (
      <bdi className="truncate" title={clip(row.original.body, 500)}>
        {row.original.body.slice(0, 300)}
      </bdi>
    ),
  }),
  column.accessor('segments', {
    id: 'segments',
    header: 'Segments',
    sortDescFirst: true,
    meta: {
      width: '84px',
      label: 'Segments',
      hideBelow: 1400,
      align: 'end',
      csv: [{ header: 'Segments', value: (text) => text.segments }],
    },
    cell: ({ row }) => <span className="tabular-nums">{row.original.segments}</span>,
  }),
  column.accessor((record) => record.status.label, {
    id: 'status',
    header: 'Status',
    meta: { width: '124px', label: 'Status', csv: statusCsv },
    cell: ({ row }) => (
      <StatusCell status={row.original.status} vendor={row.original.vendor} />
    ),
  }),
  column.display({
    id: 'metrics',
    header: 'Metrics',
    enableSorting: false,
    // Room for the two lines the trail's fit is worked out for (trail-fit.ts).
    meta: {
      width: 'minmax(300px, 5fr)',
      narrowWidth: 'minmax(300px, 3fr)',
      label: 'Metrics',
      csv: trailCsv,
    },
    cell: ({ row }) => <MetricsTrail steps={row.original.trail} />,
  }),
])
