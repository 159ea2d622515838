import type { Text } from '@/api/text-schema'
import { ContactCell } from '../cells/contact-cell'
import { DirectionCell } from '../cells/direction-cell'
import { MetricsTrail } from '../cells/metrics-trail'
import { PhoneText } from '../cells/phone-text'
import { StatusCell } from '../cells/status-cell'
import { TimeCell } from '../cells/time-cell'
import { logColumnHelper } from '../data-table/table-features'

const column = logColumnHelper<Text>()

/** The Text Log's columns; ids that match an API sort field are sortable. */
export const textColumns = column.columns([
  column.accessor('createdAt', {
    id: 'time',
    header: 'Time',
    enableHiding: false,
    sortDescFirst: true,
    meta: { width: '150px', label: 'Time' },
    cell: ({ row }) => <TimeCell iso={row.original.createdAt} time={row.original.time} />,
  }),
  column.display({
    id: 'direction',
    header: 'Direction',
    enableSorting: false,
    meta: { width: '108px', label: 'Direction' },
    cell: ({ row }) => <DirectionCell direction={row.original.direction} />,
  }),
  column.display({
    id: 'from',
    header: 'From',
    enableSorting: false,
    meta: { width: '150px', label: 'From' },
    cell: ({ row }) => <PhoneText number={row.original.from} />,
  }),
  column.display({
    id: 'to',
    header: 'To',
    enableSorting: false,
    meta: { width: '150px', label: 'To' },
    cell: ({ row }) => <PhoneText number={row.original.to} />,
  }),
  column.display({
    id: 'contact',
    header: 'Contact',
    enableSorting: false,
    meta: { width: '170px', label: 'Contact' },
    cell: ({ row }) => <ContactCell contact={row.original.contact} />,
  }),
  column.display({
    id: 'message',
    header: 'Message',
    enableSorting: false,
    meta: { width: 'minmax(220px, 1.4fr)', label: 'Message' },
    cell: ({ row }) => (
      <span className="truncate" title={row.original.body.slice(0, 500)}>
        {row.original.body.slice(0, 300)}
      </span>
    ),
  }),
  column.accessor('segments', {
    id: 'segments',
    header: 'Segments',
    sortDescFirst: true,
    meta: { width: '104px', label: 'Segments', align: 'end' },
    cell: ({ row }) => <span className="tabular-nums">{row.original.segments}</span>,
  }),
  column.accessor((record) => record.status.label, {
    id: 'status',
    header: 'Status',
    meta: { width: '150px', label: 'Status' },
    cell: ({ row }) => <StatusCell status={row.original.status} />,
  }),
  column.display({
    id: 'metrics',
    header: 'Metrics',
    enableSorting: false,
    meta: { width: 'minmax(300px, 1.4fr)', label: 'Metrics' },
    cell: ({ row }) => <MetricsTrail steps={row.original.trail} />,
  }),
])
