import { statusesFor, type KnownStatus, type StatusKey } from '@/domain/catalog/catalog'
import { directions } from '@/domain/log-query'
import { outcomeGroupsFor } from '@/domain/outcomes'
import type { Channel } from '@/domain/vendors'
import { vendors } from '@/domain/vendors'
import type { DimValue } from '../engine/log-store'
import { agents, sources } from './account'

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
