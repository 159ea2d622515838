import type { Channel, Vendor } from '../vendors'
import { statusesFor, type KnownStatus } from './catalog'

/** One vendor document's statuses, as the glossary and the status filter group them. */
export type CatalogSection = {
  /** `<vendor>.<channel>`, usable as an element id. */
  id: string
  vendor: Vendor
  channel: Channel
  title: string
  /** Where these statuses show up, in a few words. */
  context: string
  entries: readonly KnownStatus[]
}

const section = (
  vendor: Vendor,
  channel: Channel,
  title: string,
  context: string,
): CatalogSection => ({
  id: `${vendor}.${channel}`,
  vendor,
  channel,
  title,
  context,
  entries: statusesFor({ vendor, channel }),
})

export const catalogSections: readonly CatalogSection[] = [
  section('ctm', 'call', 'CTM calls', 'Activity Log, Metrics column'),
  section('ctm', 'text', 'CTM texts', 'Text Log, Metrics column'),
  section(
    'messenger',
    'call',
    'Messenger voice messages',
    'Up to three numbers tried per contact',
  ),
  section(
    'routee',
    'call',
    'Routee voice messages',
    'Each status marked Intermediate or Final by Routee',
  ),
  section(
    'routee',
    'campaign',
    'Routee voice campaigns',
    'The state of a whole campaign, not of one call',
  ),
  section(
    'callr',
    'call',
    'CALLR campaign calls',
    'Status and sub-status, plus a result code when the phone was reached',
  ),
]
