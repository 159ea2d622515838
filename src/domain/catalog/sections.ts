import type { Channel, Vendor } from '../vendors'
import { statusesFor, type KnownStatus } from './catalog'

/** One vendor document's statuses, as the glossary and the status filter group them. */
export type CatalogSection = {
  /** `<vendor>.<channel>`, usable as an element id. */
  id: string
  vendor: Vendor
  channel: Channel
  title: string
  /** Enough to tell it from the vendor's other sections, e.g. "Routee voice". */
  shortTitle: string
  /** Where these statuses show up, in a few words. */
  context: string
  entries: readonly KnownStatus[]
}

const section = (
  vendor: Vendor,
  channel: Channel,
  [title, shortTitle]: [string, string],
  context: string,
): CatalogSection => ({
  id: `${vendor}.${channel}`,
  vendor,
  channel,
  title,
  shortTitle,
  context,
  entries: statusesFor({ vendor, channel }),
})

export const catalogSections: readonly CatalogSection[] = [
  section('ctm', 'call', ['CTM calls', 'CTM calls'], 'Activity Log, Metrics column'),
  section('ctm', 'text', ['CTM texts', 'CTM texts'], 'Text Log, Metrics column'),
  section(
    'messenger',
    'call',
    ['Messenger voice messages', 'Messenger'],
    'Up to three numbers tried per contact',
  ),
  section(
    'routee',
    'call',
    ['Routee voice messages', 'Routee voice'],
    'Each status marked Intermediate or Final by Routee',
  ),
  section(
    'routee',
    'campaign',
    ['Routee voice campaigns', 'Routee campaigns'],
    'The state of a whole campaign, not of one call',
  ),
  section(
    'callr',
    'call',
    ['CALLR campaign calls', 'CALLR'],
    'Status and sub-status, plus a result code when the phone was reached',
  ),
  section(
    'twilio',
    'call',
    ['Twilio calls', 'Twilio calls'],
    'Imported Twilio call logs',
  ),
  section(
    'twilio',
    'text',
    ['Twilio messages', 'Twilio messages'],
    'Imported Twilio message logs',
  ),
]

const byScope = new Map(catalogSections.map((section) => [section.id, section]))

/** The section an entry belongs to, e.g. to name it "CTM calls · Completed". */
export function sectionOf(entry: { vendor: Vendor; channel: Channel }): CatalogSection {
  const section = byScope.get(`${entry.vendor}.${entry.channel}`)
  if (!section)
    throw new Error(`No catalog section for ${entry.vendor}.${entry.channel}.`)
  return section
}
