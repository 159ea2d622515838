import { describe, expect, it } from 'vitest'
import { lookupStatus, statusesFor } from '@/domain/catalog/catalog'
import type { Phase } from '@/domain/catalog/entry'
import type { Channel, Vendor } from '@/domain/vendors'
import { meaningOf } from '@/domain/catalog/meaning'

type SeedDocument = {
  vendor: Vendor
  channel: Channel
  /** Status names exactly as the seed documents spell them, with the phase we expect. */
  statuses: readonly (readonly [name: string, phase: Phase])[]
}

// Copied by hand from /work/shared/seeds, not read from the catalog: the
// catalog must answer for every one of these names.
const seedDocuments: readonly SeedDocument[] = [
  {
    vendor: 'ctm',
    channel: 'call',
    statuses: [
      ['Answered', 'final'],
      ['Completed', 'final'],
      ['In progress', 'in-flight'],
      ['Hangup', 'final'],
      ['Busy', 'final'],
      ['Failed', 'final'],
      ['No answer', 'final'],
      ['Canceled', 'final'],
      ['No Audio', 'final'],
    ],
  },
  {
    vendor: 'ctm',
    channel: 'text',
    statuses: [
      ['Received', 'final'],
      ['Pending', 'in-flight'],
      ['Sending', 'in-flight'],
      ['Completed', 'final'],
      ['Delivered', 'final'],
      ['Undelivered', 'final'],
      ['Unreachable', 'final'],
      ['Unsent', 'final'],
      ['Queued', 'in-flight'],
      ['Receiving', 'in-flight'],
      // A delivery receipt can still follow (Delivered, Undelivered): not final yet.
      ['Sent', 'provisional'],
      ['Failed', 'final'],
    ],
  },
  {
    vendor: 'messenger',
    channel: 'call',
    statuses: [
      ['Queued', 'in-flight'],
      ['In-progress', 'in-flight'],
      ['Completed', 'final'],
      ['Failed', 'final'],
      ['No-answer', 'final'],
      ['Cancelled', 'final'],
      ["TryNumber'1'", 'in-flight'],
      ["TryNumber'2'", 'in-flight'],
      ["TryNumber'3'", 'in-flight'],
      ['Busy', 'final'],
      ['Ringing', 'final'],
      ['Outgoing', 'final'],
      ['Far End Disconnect', 'final'],
      ['Network Disconnect', 'final'],
      ['Connected – Answered', 'in-flight'],
      ['Connected - Answer machine', 'final'],
      ['Connected - No response', 'final'],
    ],
  },
  {
    vendor: 'routee',
    channel: 'call',
    statuses: [
      ['Queued', 'in-flight'],
      ['Initiated', 'in-flight'],
      ['Ringing', 'in-flight'],
      ['InProgress', 'in-flight'],
      ['Completed', 'final'],
      ['Busy', 'final'],
      ['NoAnswer', 'final'],
      ['Failed', 'final'],
      ['Unknown', 'in-flight'],
      ['Unsent', 'final'],
      ['Terminated', 'final'],
    ],
  },
  {
    vendor: 'routee',
    channel: 'campaign',
    statuses: [
      ['Scheduled', 'in-flight'],
      ['Queued', 'in-flight'],
      ['Running', 'in-flight'],
      ['Sent', 'in-flight'],
      ['Finished', 'final'],
      ['Failed', 'final'],
    ],
  },
  {
    vendor: 'callr',
    channel: 'call',
    statuses: [
      ['ANSWERED/COMPLETE', 'final'],
      ['ANSWERED/INCOMPLETE', 'final'],
      ['ABSENT/BUSY', 'final'],
      ['ABSENT/NO_ANSWER', 'final'],
      ['ABSENT/VOICEMAIL_DETECTED', 'final'],
      ['ERROR/BLACKLISTED', 'final'],
      ['ERROR/REJECTED', 'final'],
      ['ERROR/UNALLOCATED_NUMBER', 'final'],
      ['ERROR/OTHER', 'final'],
      ['HANGUP', 'final'],
      ['VOICEMAIL_COMPLETE', 'final'],
      ['VOICEMAIL_INCOMPLETE', 'final'],
    ],
  },
]

describe.each(seedDocuments)(
  'every $vendor $channel status of the seed documents',
  ({ vendor, channel, statuses }) => {
    it.each(statuses)('%s resolves, with its meaning and phase %s', (name, phase) => {
      const entry = lookupStatus(vendor, channel, name)
      expect(entry.known).toBe(true)
      expect(entry.vendor).toBe(vendor)
      expect(entry.channel).toBe(channel)
      expect(entry.phase).toBe(phase)
      expect(meaningOf(entry).trim().length).toBeGreaterThan(20)
    })

    it('gets one entry per name, none merged, and no entry the documents lack', () => {
      const keys = statuses.map(([name]) => lookupStatus(vendor, channel, name).key)
      expect(new Set(keys).size).toBe(statuses.length)
      // Entries of ours (CALLR's In progress) are marked so, and said to be ours.
      const fromSource = statusesFor({ vendor, channel }).filter((entry) => !entry.ours)
      expect(fromSource).toHaveLength(statuses.length)
    })
  },
)
