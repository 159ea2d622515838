import type { Call } from '@/api/call-schema'
import { clip, formatDuration } from '@/lib/format'
import { CampaignCell } from '../cells/campaign-cell'
import { PhoneText } from '../cells/phone-text'
import { TwoLine } from '../cells/two-line'
import { logColumnHelper } from '../data-table/table-features'
import { recordCard, recordColumns } from './shared-columns'

const column = logColumnHelper<Call>()
const shared = recordColumns<Call>()

/** A call on a phone: who and how it ended, when and how long, then its last steps. */
export const callCard = recordCard('duration', 'minmax(0, 1fr) auto')

/** The Activity Log's columns; ids that match an API sort field are sortable. */
export const callColumns = column.columns([
  shared.time((call) => call.startedAt),
  shared.contact({ width: 'minmax(140px, 1fr)', narrowWidth: 'minmax(120px, 1fr)' }),
  shared.direction(),
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
  shared.phone({
    id: 'receiving',
    header: 'Receiving no.',
    label: 'Receiving number',
    number: (call) => call.receivingNumber,
    width: '132px',
    hideBelow: 1440,
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
      width: '100px',
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
  // Narrower on tablets: a long label wraps onto a second line.
  shared.status({ width: '164px', narrowWidth: '136px' }),
  // Flex shares in the ratio of the minimums, so Contact stays at its minimum.
  shared.metrics({
    width: 'minmax(300px, 1.6fr)',
    narrowWidth: 'minmax(300px, 2.5fr)',
  }),
])
