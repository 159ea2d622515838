import type { Vendor } from '@/domain/vendors'
import { businessNumber } from './phone-numbers'

/** The fictional business behind the demo data: a Chicago home-services company. */
export const accountName = 'Lakeside Home Services'
export const accountTimeZone = 'America/Chicago'

export type Agent = { id: string; name: string; weight: number }

export const agents: readonly Agent[] = [
  { id: 'ana-ruiz', name: 'Ana Ruiz', weight: 14 },
  { id: 'ben-okafor', name: 'Ben Okafor', weight: 12 },
  { id: 'chloe-martin', name: 'Chloe Martin', weight: 11 },
  { id: 'dev-patel', name: 'Dev Patel', weight: 10 },
  { id: 'elena-rossi', name: 'Elena Rossi', weight: 9 },
  { id: 'farid-haddad', name: 'Farid Haddad', weight: 8 },
  { id: 'grace-kim', name: 'Grace Kim', weight: 6 },
  { id: 'hugo-fischer', name: 'Hugo Fischer', weight: 3 },
]

export type Source = {
  id: string
  name: string
  weight: number
  trackingNumbers: readonly string[]
}

const local = (line: number) => businessNumber(312, line)
const tollFree = (line: number) => businessNumber(800, line)

export const sources: readonly Source[] = [
  {
    id: 'google-ads',
    name: 'Google Ads',
    weight: 30,
    trackingNumbers: [local(10), local(11), tollFree(10)],
  },
  {
    id: 'organic-search',
    name: 'Organic Search',
    weight: 24,
    trackingNumbers: [local(20), local(21)],
  },
  { id: 'direct', name: 'Direct', weight: 15, trackingNumbers: [local(30)] },
  {
    id: 'facebook-ads',
    name: 'Facebook Ads',
    weight: 10,
    trackingNumbers: [local(40), tollFree(40)],
  },
  { id: 'referral', name: 'Referral', weight: 8, trackingNumbers: [local(50)] },
  { id: 'bing-ads', name: 'Bing Ads', weight: 5, trackingNumbers: [local(60)] },
  { id: 'yelp', name: 'Yelp', weight: 5, trackingNumbers: [local(70)] },
  {
    id: 'email-newsletter',
    name: 'Email Newsletter',
    weight: 3,
    trackingNumbers: [tollFree(80)],
  },
]

/** Where inbound calls ring: the office lines behind the tracking numbers. */
export const receivingNumbers = [local(90), local(91), local(92), local(93)] as const

/** The number agents call out from. */
export const outboundCallerId = local(30)

/** The numbers that send and receive texts. */
export const textingNumbers = [local(12), local(22), local(31)] as const

/** Caller ID and campaigns of each voice-broadcast vendor. */
export const broadcastVendors = {
  messenger: {
    callerId: tollFree(95),
    campaigns: ['Appointment reminders', 'Payment due reminder', 'Service outage notice'],
  },
  routee: {
    callerId: tollFree(96),
    campaigns: ['Renewal offer', 'Seasonal tune-up promo', 'Customer survey'],
  },
  callr: {
    callerId: tollFree(97),
    campaigns: [
      'Missed appointment follow-up',
      'Annual maintenance plan',
      'Storm preparedness',
    ],
  },
} as const satisfies Partial<
  Record<Vendor, { callerId: string; campaigns: readonly string[] }>
>
