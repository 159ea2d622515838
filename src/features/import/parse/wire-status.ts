import type { WireStatus } from '@/api/wire-status'
import { lookupStatus, type StatusEntry } from '@/domain/catalog/catalog'
import type { Channel } from '@/domain/vendors'

// A file repeats a handful of codes hundreds of thousands of times: look each up once.
const cache = new Map<string, StatusEntry>()
const maxCached = 2000

function entryFor(vendor: string, channel: Channel, code: string): StatusEntry {
  const key = `${vendor}\u0000${channel}\u0000${code}`
  let entry = cache.get(key)
  if (!entry) {
    entry = lookupStatus(vendor, channel, code)
    if (cache.size < maxCached) cache.set(key, entry)
  }
  return entry
}

/**
 * A status as the API would send it: the code as the file wrote it, and the
 * catalog key when the vendor's catalog knows it however it is spelt
 * ("No Answer", "no_answer", "NO-ANSWER"); an unknown code keeps a null key.
 */
export function wireStatus(vendor: string, channel: Channel, code: string): WireStatus {
  const entry = entryFor(vendor, channel, code)
  return { code, key: entry.known ? entry.key : null }
}

/** True when the status is one a record can still leave (queued, ringing, sending…). */
export function isUnderWay(vendor: string, channel: Channel, code: string): boolean {
  const entry = entryFor(vendor, channel, code)
  return entry.known && entry.phase === 'in-flight'
}
