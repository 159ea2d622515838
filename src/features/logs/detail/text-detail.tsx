import type { Text } from '@/api/text-schema'
import { StatusBadge } from '@/components/status-badge'
import { vendorName } from '@/domain/vendors'
import { ZonedTime } from '@/lib/zoned-time'
import { PhoneText } from '../cells/phone-text'
import { DirectionCell } from '../cells/direction-cell'
import { DetailFields, DetailSection } from './detail-fields'
import { StatusFilterButton } from './status-filter-button'
import { TrailTimeline } from './trail-timeline'

/** Everything about one text: the whole message, and every step it went through. */
export function TextDetail({ text }: { text: Text }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={text.status} />
        <StatusFilterButton status={text.status} />
      </div>
      <DetailSection title="Message">
        <p
          dir="auto"
          className="max-h-80 overflow-auto rounded-lg border border-line bg-surface-2 p-3 text-sm break-words whitespace-pre-wrap"
        >
          {text.body}
        </p>
      </DetailSection>
      <DetailFields
        title="Text"
        fields={[
          { label: 'Time', value: <ZonedTime time={text.time} format="fullDateTime" /> },
          { label: 'Direction', value: <DirectionCell direction={text.direction} /> },
          {
            label: 'From',
            value: <PhoneText number={text.from} truncate={false} />,
          },
          { label: 'To', value: <PhoneText number={text.to} truncate={false} /> },
          { label: 'Segments', value: text.segments },
          { label: 'Vendor', value: <bdi>{vendorName(text.vendor)}</bdi> },
        ]}
      />
      <DetailSection title="Metrics">
        <TrailTimeline steps={text.trail} />
      </DetailSection>
    </>
  )
}
