import type { Call } from '@/api/call-schema'
import { StatusBadge } from '@/components/status-badge'
import { vendorName } from '@/domain/vendors'
import { formatDuration } from '@/lib/format'
import { ZonedTime } from '@/lib/zoned-time'
import { PhoneText } from '../cells/phone-text'
import { DirectionCell } from '../cells/direction-cell'
import { DetailFields, DetailSection } from './detail-fields'
import { StatusFilterButton } from './status-filter-button'
import { TrailTimeline } from './trail-timeline'

const phone = (number: string | null) =>
  number ? <PhoneText number={number} truncate={false} /> : null

/** Names and words from the data, isolated so their direction marks stay inside. */
const data = (text: string | null | undefined) => (text ? <bdi>{text}</bdi> : null)

/** Everything about one call, and its Metrics as a timeline. */
export function CallDetail({ call }: { call: Call }) {
  const attempts = call.trail.filter(
    (step) => step.status.known && step.status.kind === 'attempt',
  )
  const noAudio = call.trail.find(
    (step) => step.status.known && step.status.kind === 'flag',
  )
  const levels = call.status.known ? call.status.levels : undefined
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={call.status} />
        <StatusFilterButton status={call.status} />
      </div>
      <DetailFields
        title="Call"
        fields={[
          {
            label: 'Started',
            value: <ZonedTime time={call.time} format="fullDateTime" />,
          },
          { label: 'Direction', value: <DirectionCell direction={call.direction} /> },
          { label: 'Vendor', value: data(vendorName(call.vendor)) },
          { label: 'Duration', value: formatDuration(call.duration) },
          { label: 'Ring time', value: formatDuration(call.ringTime) },
          { label: 'Talk time', value: formatDuration(call.talkTime) },
          { label: 'Agent', value: data(call.agent?.name) },
          {
            label: 'Campaign',
            value: call.campaign ? (
              <span className="inline-flex flex-wrap items-center gap-2">
                {data(call.campaign)}
                {call.campaignStatus ? (
                  <StatusBadge status={call.campaignStatus} size="sm" />
                ) : null}
              </span>
            ) : null,
          },
          {
            label: 'Recording',
            value: call.hasRecording ? (
              'Available'
            ) : (
              <span className="inline-flex flex-wrap items-center gap-2">
                None
                {noAudio ? <StatusBadge status={noAudio.status} size="sm" /> : null}
              </span>
            ),
          },
        ]}
      />
      <DetailFields
        title="Numbers"
        fields={[
          { label: 'Contact', value: phone(call.contact.number) },
          { label: 'Tracking number', value: phone(call.trackingNumber) },
          { label: 'Source', value: data(call.source?.name) },
          { label: 'Receiving number', value: phone(call.receivingNumber) },
        ]}
      />
      {levels ? (
        <DetailFields
          title="CALLR status"
          fields={[
            { label: 'Status', value: <code>{levels.status}</code> },
            { label: 'Sub-status', value: <code>{levels.subStatus}</code> },
            {
              label: 'Result code',
              value: call.result ? (
                <StatusBadge status={call.result} size="sm" />
              ) : (
                'None reported'
              ),
            },
          ]}
        />
      ) : null}
      {attempts.length > 0 ? (
        <DetailSection title="Numbers tried">
          <ol className="space-y-1.5 text-sm">
            {attempts.map((step, i) => (
              <li key={`${step.at}-${i}`} className="flex flex-wrap items-center gap-2">
                <StatusBadge status={step.status} size="sm" />
                <bdi className="break-words">{step.detail ?? 'Number not reported'}</bdi>
              </li>
            ))}
          </ol>
        </DetailSection>
      ) : null}
      <DetailSection title="Metrics">
        <TrailTimeline steps={call.trail} />
      </DetailSection>
    </>
  )
}
