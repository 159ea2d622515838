import { statusesFor, type KnownStatus, type StatusKey } from '@/domain/catalog/catalog'
import { directions } from '@/domain/log-query'
import { outcomeGroupsFor } from '@/domain/outcomes'
import type { Channel } from '@/domain/vendors'
import { vendors } from '@/domain/vendors'
import type { DimValue, SearchColumn } from '../engine/log-store'
import {
  agents,
  broadcastVendors,
  outboundCallerId,
  receivingNumbers,
  sources,
  textingNumbers,
} from './account'

/** The value a record without an agent or a source has in those facets and filters. */
export const noneValue = 'none'

/**
 * The statuses a record of a channel can stand at: statuses and, for calls,
 * Messenger's attempts; flags and result codes are never a record's status.
 */
export function recordStatuses(channel: Channel): readonly KnownStatus[] {
  return statusesFor({ channel }).filter(
    (entry) => entry.kind === 'status' || entry.kind === 'attempt',
  )
}

export const callStatuses = recordStatuses('call')
export const textStatuses = recordStatuses('text')

export const statusValues = (entries: readonly KnownStatus[]): DimValue[] =>
  entries.map((entry) => ({ value: entry.key }))

export const outcomeValues = (channel: Channel): DimValue[] =>
  outcomeGroupsFor(channel).map((group) => ({ value: group }))

export const vendorValues: DimValue[] = vendors.map((vendor) => ({ value: vendor }))
export const directionValues: DimValue[] = directions.map((direction) => ({
  value: direction,
}))

export const agentValues: DimValue[] = [
  ...agents.map((agent) => ({ value: agent.id, label: agent.name })),
  { value: noneValue, label: 'No agent' },
]

export const sourceValues: DimValue[] = [
  ...sources.map((source) => ({ value: source.id, label: source.name })),
  { value: noneValue, label: 'No source' },
]

/** Code of each status key within a list. */
export function codeMap(entries: readonly KnownStatus[]): Map<StatusKey, number> {
  return new Map(entries.map((entry, code) => [entry.key, code]))
}

/** Sorting by status sorts by its label, A to Z, then by key: ranks per status code. */
export function statusRanks(entries: readonly KnownStatus[]): Uint8Array {
  const order = entries
    .map((entry, code) => ({ code, label: entry.label.toLowerCase(), key: entry.key }))
    .sort((a, b) =>
      a.label < b.label
        ? -1
        : a.label > b.label
          ? 1
          : a.key < b.key
            ? -1
            : a.key > b.key
              ? 1
              : 0,
    )
  const ranks = new Uint8Array(entries.length)
  order.forEach((item, rank) => (ranks[item.code] = rank))
  return ranks
}

/** The business's own numbers (tracking, receiving, caller IDs, texting), then none. */
export const businessNumbers: readonly (string | null)[] = [
  ...new Set<string>([
    ...sources.flatMap((source) => source.trackingNumbers),
    outboundCallerId,
    ...Object.values(broadcastVendors).map((vendor) => vendor.callerId),
    ...receivingNumbers,
    ...textingNumbers,
  ]),
  null,
]

const businessCodes = new Map(businessNumbers.map((number, code) => [number, code]))

/** A business number's code in `businessNumbers`; null (or one not listed) is the last. */
export const businessCode = (number: string | null): number =>
  businessCodes.get(number) ?? businessNumbers.length - 1

export const numberColumn = (codes: Uint8Array): SearchColumn => ({
  kind: 'number',
  codes,
  values: businessNumbers,
})

/** Agents and sources found by name; "No agent" is no name to find. */
export const nameColumn = (
  codes: Uint8Array,
  named: readonly { name: string }[],
): SearchColumn => ({
  kind: 'text',
  codes,
  values: [...named.map((item) => item.name), null],
})
