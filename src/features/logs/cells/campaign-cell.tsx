import type { Call } from '@/api/call-schema'
import { StatusBadge } from '@/components/status-badge'
import { clip } from '@/lib/format'
import { useRowTabIndex } from '../data-table/row-focus'

/**
 * The broadcast campaign a call went out in and, where the vendor reports
 * one (Routee), the whole campaign's status, explained like any status.
 */
export function CampaignCell({
  call,
}: {
  call: Pick<Call, 'campaign' | 'campaignStatus'>
}) {
  const tabIndex = useRowTabIndex()
  if (!call.campaign) return <span className="text-faint">—</span>
  return (
    <div data-cell="campaign" className="flex min-w-0 flex-col items-start gap-0.5">
      <bdi
        className="max-w-full truncate text-[13px] font-medium"
        title={clip(call.campaign)}
      >
        {call.campaign}
      </bdi>
      {call.campaignStatus ? (
        <StatusBadge status={call.campaignStatus} size="sm" tabIndex={tabIndex} />
      ) : null}
    </div>
  )
}
