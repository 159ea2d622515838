/** The vendors whose logs Callboard reads. */
export const vendors = ['ctm', 'messenger', 'routee', 'callr', 'twilio'] as const
export type Vendor = (typeof vendors)[number]

export const channels = ['call', 'text', 'campaign'] as const
export type Channel = (typeof channels)[number]

export type VendorInfo = {
  name: string
  shortName: string
  /** What the vendor's statuses describe, for the glossary. */
  product: string
}

export const vendorInfo: Record<Vendor, VendorInfo> = {
  ctm: {
    name: 'CallTrackingMetrics',
    shortName: 'CTM',
    product: 'Call tracking: inbound and outbound calls and texts on tracking numbers.',
  },
  messenger: {
    name: 'Ventured Solutions Messenger',
    shortName: 'Messenger',
    product:
      'Voice messages delivered to a contact, trying up to three of their numbers.',
  },
  routee: {
    name: 'Routee',
    shortName: 'Routee',
    product:
      'Voice messages and voice campaigns, each status marked intermediate or final.',
  },
  callr: {
    name: 'CALLR',
    shortName: 'CALLR',
    product:
      'Voice campaign calls, each with a status, a sub-status and sometimes a result code.',
  },
  twilio: {
    name: 'Twilio',
    shortName: 'Twilio',
    product:
      'Programmable Voice calls and Programmable Messaging texts, read from an imported export.',
  },
}

export const channelLabels: Record<Channel, string> = {
  call: 'Calls',
  text: 'Texts',
  campaign: 'Campaigns',
}

export function isVendor(value: string): value is Vendor {
  return (vendors as readonly string[]).includes(value)
}

/** A vendor's display name; a vendor we do not know is shown as sent. */
export function vendorName(vendor: string): string {
  return isVendor(vendor) ? vendorInfo[vendor].name : vendor
}

/** "CTM", "Messenger", …; a vendor we do not know is shown as sent. */
export function vendorShortName(vendor: string): string {
  return isVendor(vendor) ? vendorInfo[vendor].shortName : vendor
}

/** "CallTrackingMetrics (CTM)": the full name, with the short one where it is not in it. */
export function vendorFullName(vendor: Vendor): string {
  const { name, shortName } = vendorInfo[vendor]
  return name.includes(shortName) ? name : `${name} (${shortName})`
}

/** Every vendor named in full once: "CallTrackingMetrics (CTM), …, Routee and CALLR". */
export const vendorsInFull: string = new Intl.ListFormat('en', {
  type: 'conjunction',
}).format(vendors.map(vendorFullName))
