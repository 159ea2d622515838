import type { Call } from '@/api/call-schema'
import { clip, formatDuration } from '@/lib/format'
import { CampaignCell } from '../cells/campaign-cell'
import { ContactCell } from '../cells/contact-cell'
import { DirectionCell } from '../cells/direction-cell'
import { MetricsTrail } from '../cells/metrics-trail'
import { PhoneText } from '../cells/phone-text'
import { StatusCell } from '../cells/status-cell'
import { TimeCell } from '../cells/time-cell'
import { TwoLine } from '../cells/two-line'
import { logColumnHelper } from '../data-table/table-features'
import type { CardLayout } from '../data-table/use-log-table'
import { statusCsv, trailCsv } from '../export/csv-fields'

const column = logColumnHelper<Call>()

/** A call on a phone: who and how it ended, when and how long, then its last steps. */
export const callCard: CardLayout = {
  areas: ['contact status', 'time duration', 'metrics metrics'],
  columns: 'minmax(0, 1fr) auto',
  height: 140,
}

/** The Activity Log's columns; ids that match an API sort field are sortable. */
export const callColumns = column.columns([
  column.accessor('startedAt', {
    id: 'time',
    header: 'Time',
    enableHiding: false,
    sortDescFirst: true,
    meta: {
      width: '104px',
      narrowWidth: '92px',
      label: 'Time',
      csv: [{ header: 'Time', value: (call) => call.startedAt }],
    },
    cell: ({ row }) => <TimeCell iso={row.original.startedAt} time={row.original.time} />,
  }),
  column.display({
    id: 'contact',
    header: 'Contact',
    enableSorting: false,
    meta: {
      width: 'minmax(140px, 1fr)',
      narrowWidth: 'minmax(120px, 1fr)',
      label: 'Contact',
      csv: [
        { header: 'Contact name', value: (call) => call.contact.name ?? '' },
        { header: 'Contact number', value: (call) => call.contact.number },
      ],
    },
    cell: ({ row }) => <ContactCell contact={row.original.contact} />,
  }),
  column.display({
    id: 'direction',
    header: 'Direction',
    enableSorting: false,
    meta: {
      width: '112px',
      label: 'Direction',
      hideBelow: 1024,
      csv: [{ header: 'Direction', value: (call) => call.direction }],
    },
    cell: ({ row }) => <DirectionCell direction={row.original.direction} />,
  }),
  column.display({
    id: 'source',
    header: 'Source',
    enableSorting: false,
    meta: {
      width: '144px',
      narrowWidth: '136px',
      label: 'Source / tracking number',
      hideBelow: 1000,
      csv: [
        { header: 'Source', value: (call) => call.source?.name ?? '' },
        { header: 'Tracking number', value: (call) => call.trackingNumber ?? '' },
      ],
    },
    cell: ({ row }) => (
      <TwoLine
        primary={
          row.original.source ? (
            <bdi title={clip(row.original.source.name)}>{row.original.source.name}</bdi>
          ) : (
            <span className="font-normal text-faint">—</span>
          )
        }
        secondary={<PhoneText number={row.original.trackingNumber} />}
      />
    ),
  }),
  column.display({
    id: 'receiving',
    header: 'Receiving no.',
    enableSorting: false,
    meta: {
      width: '132px',
      label: 'Receiving number',
      hideBelow: 1440,
      csv: [{ header: 'Receiving number', value: (call) => call.receivingNumber ?? '' }],
    },
    cell: ({ row }) => <PhoneText number={row.original.receivingNumber} />,
  }),
  column.display({
    id: 'agent',
    header: 'Agent',
    enableSorting: false,
    meta: {
      width: '116px',
      label: 'Agent',
      hideBelow: 1100,
      csv: [{ header: 'Agent', value: (call) => call.agent?.name ?? '' }],
    },
    cell: ({ row }) =>
      row.original.agent ? (
        <bdi className="truncate" title={clip(row.original.agent.name)}>
          {row.original.agent.name}
        </bdi>
      ) : (
        <span className="text-faint">—</span>
      ),
  }),
  column.display({
    id: 'campaign',
    header: 'Campaign',
    enableSorting: false,
    meta: {
      width: '168px',
      label: 'Campaign',
      hideBelow: 1600,
      csv: [
        { header: 'Campaign', value: (call) => call.campaign ?? '' },
        { header: 'Campaign status', value: (call) => call.campaignStatus?.label ?? '' },
      ],
    },
    cell: ({ row }) => <CampaignCell call={row.original} />,
  }),
  column.accessor('duration', {
    id: 'duration',
    header: 'Duration',
    sortDescFirst: true,
    meta: {
      width: '84px',
      label: 'Duration',
      align: 'end',
      csv: [
        { header: 'Duration (s)', value: (call) => call.duration },
        { header: 'Ring time (s)', value: (call) => call.ringTime },
        { header: 'Talk time (s)', value: (call) => call.talkTime },
      ],
    },
    cell: ({ row }) => (
      <span className="tabular-nums">{formatDuration(row.original.duration)}</span>
    ),
  }),
  column.accessor((record) => record.status.label, {
    id: 'status',
    header: 'Status',
    // Narrower on tablets: a long label wraps onto a second line.
    meta: { width: '164px', narrowWidth: '136px', label: 'Status', csv: statusCsv },
    cell: ({ row }) => (
      <StatusCell status={row.original.status} vendor={row.original.vendor} />
    ),
  }),
  column.display({
    id: 'metrics',
    header: 'Metrics',
    enableSorting: false,
    meta: {
      width: 'minmax(300px, 1.6fr)',
      // Flex shares in the ratio of the minimums, so Contact stays at its minimum.
      narrowWidth: 'minmax(300px, 2.5fr)',
      label: 'Metrics',
      csv: trailCsv,
    },
    cell: ({ row }) => <MetricsTrail steps={row.original.trail} />,
  }),
])
