import type { Text } from '@/api/text-schema'
import { clip } from '@/lib/format'
import { logColumnHelper } from '../data-table/table-features'
import { recordCard, recordColumns } from './shared-columns'

const column = logColumnHelper<Text>()
const shared = recordColumns<Text>()

/** A text on a phone: who and how it ended, when and what it said, then its last steps. */
export const textCard = recordCard('message', 'minmax(0, 1fr) minmax(0, 1.4fr)')

/** From or To: a whole number, "+1 (504) 555-0112", with the cell's padding. */
const endpoint = (label: 'From' | 'To', number: (text: Text) => string) =>
  // Below 1280 px the contact's number (the other end) stands in for From and To.
  shared.phone({
    id: label.toLowerCase(),
    header: label,
    label,
    number,
    width: '156px',
    hideBelow: 1280,
  })

/** The Text Log's columns; ids that match an API sort field are sortable. */
export const textColumns = column.columns([
  shared.time((text) => text.createdAt),
  shared.direction(),
  endpoint('From', (text) => text.from),
  endpoint('To', (text) => text.to),
  // Flex shares in the ratio of the minimums (120 : 100 : 300), as on wide screens.
  // Below 1280 px, where From and To give way, the number shows under the name.
  shared.contact({
    width: '128px',
    narrowWidth: 'minmax(120px, 1.2fr)',
    numberBelow: 1280,
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
      width: '100px',
      label: 'Segments',
      hideBelow: 1400,
      align: 'end',
      csv: [{ header: 'Segments', value: (text) => text.segments }],
    },
    cell: ({ row }) => <span className="tabular-nums">{row.original.segments}</span>,
  }),
  shared.status({ width: '124px' }),
  // Room for the two lines the trail's fit is worked out for (trail-fit.ts).
  shared.metrics({ width: 'minmax(300px, 5fr)', narrowWidth: 'minmax(300px, 3fr)' }),
])
