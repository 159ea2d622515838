import { outcomeGroups, type OutcomeGroup } from '../outcomes'
import type { KnownStatus } from './catalog'

export type OutcomeMapping = {
  /** Every group that holds at least one entry, in the order of `outcomeGroups`. */
  groups: { outcome: OutcomeGroup; entries: KnownStatus[] }[]
  /** Flags and result codes: they describe an activity, they are not its outcome. */
  notOutcomes: KnownStatus[]
}

/** Which vendor statuses fall in which outcome group. */
export function outcomeMapping(entries: readonly KnownStatus[]): OutcomeMapping {
  const groups = outcomeGroups
    .map((outcome) => ({
      outcome,
      entries: entries.filter((entry) => entry.outcome === outcome),
    }))
    .filter((group) => group.entries.length > 0)
  return { groups, notOutcomes: entries.filter((entry) => entry.outcome === null) }
}
