import type { OutcomeGroup } from '../outcomes'
import { isVendor, type Channel, type Vendor } from '../vendors'
import { callrEntries } from './callr'
import { ctmCallEntries, ctmTextEntries } from './ctm'
import type { EntrySpec, Phase } from './entry'
import { messengerEntries } from './messenger'
import { routeeCampaignEntries, routeeVoiceEntries } from './routee'
import { twilioCallEntries, twilioTextEntries } from './twilio'

/*
 * Every meaning (meanings/*.ts) was read again against its seed document
 * (/work/shared/seeds). Where the catalog goes beyond the source's words, it
 * is one of these inferences, kept on purpose:
 * - Outcome groups and derived phases are ours (only Routee marks phases):
 *   e.g. Messenger's Outgoing, Far End and Network Disconnect count as
 *   failed, because each is an announcement that the number cannot be
 *   reached as dialled; Messenger's Ringing is final (the source: the call
 *   disconnects after 30 seconds).
 * - Messenger's Connected – Answer machine is final: the source says who
 *   picked up, and names no later status; Connected – Answered is in flight
 *   because In-progress and Completed describe the same answered call after it.
 * - CTM's Sent is provisional, and its meaning says a receipt can still follow:
 *   the source defines Undelivered by a delivery receipt and Sent as "may not
 *   have received it", so a receipt after Sent is implied, not stated. CTM's
 *   text Completed stays final: the source names no receipt after it.
 * - CALLR's In progress is ours (`ours: true`): CALLR only reports ended
 *   calls, and a call under way is shown as such rather than with a status it
 *   has not been given.
 * - Routee's voice-campaign meanings say "messages" where the source says SMS.
 * - Unsent and Terminated (Routee) and Blacklisted (CALLR) count as blocked,
 *   not failed: the source gives the account or a list as the cause.
 * - Twilio has no seed document: its meanings come from Twilio's API reference
 *   and support articles; the inferences are listed in twilio.ts (Sent
 *   provisional, Read delivered, a text's Canceled failed).
 */
const entries = [
  ...ctmCallEntries,
  ...ctmTextEntries,
  ...messengerEntries,
  ...routeeVoiceEntries,
  ...routeeCampaignEntries,
  ...callrEntries,
  ...twilioCallEntries,
  ...twilioTextEntries,
] as const

/** A catalog key: `<vendor>.<channel>.<code>`, e.g. `messenger.call.no-answer`. */
export type StatusKey = (typeof entries)[number]['key']

export type KnownStatus = Omit<EntrySpec, 'key' | 'appliesTo'> & {
  key: StatusKey
  known: true
  appliesTo?: readonly StatusKey[]
}

/** What a lookup gives for a status the catalog does not hold: the raw text, kept. */
export type UnknownStatus = {
  key: 'unknown'
  known: false
  raw: string
  vendor: Vendor | null
  channel: Channel | null
  label: string
  kind: 'status'
  phase: null
  outcome: Extract<OutcomeGroup, 'unknown'>
  meaning: string
}

export type StatusEntry = KnownStatus | UnknownStatus

/** Every entry, in the order of the vendors' documents. */
export const catalog: readonly KnownStatus[] = entries.map((entry): KnownStatus => ({
  ...entry,
  known: true,
}))

const byKey = new Map<string, KnownStatus>(catalog.map((entry) => [entry.key, entry]))

export function isStatusKey(value: string): value is StatusKey {
  return byKey.has(value)
}

export function getStatus(key: StatusKey): KnownStatus
export function getStatus(key: string): KnownStatus | undefined
export function getStatus(key: string): KnownStatus | undefined {
  return byKey.get(key)
}

/** Case, spaces, hyphens, underscores, quotes, slashes and dashes do not matter. */
export function normalizeStatusText(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

const scopeKey = (vendor: string, channel: string) => `${vendor}.${channel}`

const lookupIndex = new Map<string, Map<string, KnownStatus>>()
for (const entry of catalog) {
  const scope = scopeKey(entry.vendor, entry.channel)
  let index = lookupIndex.get(scope)
  if (!index) lookupIndex.set(scope, (index = new Map<string, KnownStatus>()))
  const code = entry.key.split('.').at(-1) ?? ''
  for (const term of [entry.code, entry.label, code, ...(entry.aliases ?? [])]) {
    index.set(normalizeStatusText(term), entry)
  }
}

const maxRawLength = 80

/**
 * Finds the catalog entry for what a vendor sent. Forgiving about spelling
 * ("No-answer", "no_answer", "NoAnswer"), and never throws: anything else
 * comes back as an explicit unknown entry that keeps the raw text.
 */
export function lookupStatus(vendor: string, channel: Channel, raw: string): StatusEntry {
  const exact = byKey.get(raw)
  if (exact && exact.vendor === vendor && exact.channel === channel) return exact
  const found = lookupIndex.get(scopeKey(vendor, channel))?.get(normalizeStatusText(raw))
  return found ?? unknownStatus(raw, vendor, channel)
}

export function unknownStatus(
  raw: string,
  vendor: string | null,
  channel: Channel | null,
): UnknownStatus {
  // One line for the badge; the raw text itself is kept whole.
  const text = raw.replace(/\s+/g, ' ').trim()
  const label =
    text.length === 0
      ? '(no status)'
      : text.length > maxRawLength
        ? `${text.slice(0, maxRawLength - 1)}…`
        : text
  return {
    key: 'unknown',
    known: false,
    raw,
    vendor: vendor !== null && isVendor(vendor) ? vendor : null,
    channel,
    label,
    kind: 'status',
    phase: null,
    outcome: 'unknown',
    meaning:
      'This status is not in the catalog. It is shown exactly as the vendor sent it.',
  }
}

/** The entries of one vendor and/or channel, in catalog order. */
export function statusesFor(scope: {
  vendor?: Vendor
  channel?: Channel
}): KnownStatus[] {
  return catalog.filter(
    (entry) =>
      (scope.vendor === undefined || entry.vendor === scope.vendor) &&
      (scope.channel === undefined || entry.channel === scope.channel),
  )
}

export const phaseLabels: Record<Phase, string> = {
  'in-flight': 'In flight',
  provisional: 'Provisional',
  final: 'Final',
}
