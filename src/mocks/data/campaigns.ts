import type { StatusKey } from '@/domain/catalog/catalog'
import { routeeCampaignEntries } from '@/domain/catalog/routee'
import type { Vendor } from '@/domain/vendors'
import type { DimValue } from '../engine/log-store'
import type { SettledCall } from './call-settle'
import { hashString } from '../random/random'
import { broadcastVendors } from './account'

export type Campaign = { id: string; name: string; vendor: Vendor }

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Every broadcast campaign of the account, with the id the `campaign` filter takes. */
export const campaigns: readonly Campaign[] = Object.entries(broadcastVendors).flatMap(
  ([vendor, { campaigns: names }]) =>
    names.map((name) => ({ id: slug(name), name, vendor: vendor as Vendor })),
)

const byName = new Map(campaigns.map((campaign, index) => [campaign.name, index]))

/** A call's campaign as a facet code; calls outside any campaign share the last one. */
export const campaignCode = (name: string | null): number =>
  (name === null ? undefined : byName.get(name)) ?? campaigns.length

export const campaignId = (name: string | null): string | null =>
  name === null ? null : (campaigns[byName.get(name) ?? -1]?.id ?? null)

export const campaignValues: DimValue[] = [
  ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name })),
  { value: 'none', label: 'No campaign' },
]

const routeeCampaign = (code: string): StatusKey =>
  (routeeCampaignEntries.find((entry) => entry.code === code) ?? routeeCampaignEntries[0])
    .key

/** A campaign waits this long for its calls' final statuses after the last one ends. */
const receiptWindow = 10 * 60_000
/** About one Routee campaign run (a campaign on a day) in twenty fails in part. */
const failedShare = 20

/**
 * The state of the whole campaign a call went out in, as Routee reports it;
 * other vendors report no campaign-level status (CALLR's call statuses sit
 * in each call's detail record, "when relevant (voice campaigns)", and its
 * page names none for a campaign). Drawn from the call alone, so it is the
 * same on every read:
 * - Queued while the call itself is still at Routee's Queued step: Routee
 *   queues a campaign's messages with it, "about to be sent";
 * - Running once the call is dialled and until it ends;
 * - Sent after it ends, while Routee may still be waiting for the receipts;
 * - then Finished, or Failed for a few runs (picked by campaign and day).
 * Scheduled never shows beside a call: a campaign scheduled for later has
 * not made any call yet, so only the glossary explains it.
 */
export function campaignStatusKey(
  vendor: string,
  campaign: string | null,
  start: number,
  call: Pick<SettledCall, 'status' | 'finished' | 'duration'>,
  now: number,
): StatusKey | null {
  if (vendor !== 'routee' || campaign === null) return null
  if (!call.finished)
    return routeeCampaign(call.status === 'routee.call.queued' ? 'Queued' : 'Running')
  if (now - (start + call.duration * 1000) < receiptWindow) return routeeCampaign('Sent')
  const day = Math.floor(start / 86_400_000)
  return hashString(`${campaign}|${day}`) % failedShare === 0
    ? routeeCampaign('Failed')
    : routeeCampaign('Finished')
}
