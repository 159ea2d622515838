import { getStatus, unknownStatus, type StatusEntry } from '../catalog/catalog'
import { catalogSections } from '../catalog/sections'
import { outcomeGroupsFor, outcomeInfo, type OutcomeGroup } from '../outcomes'
import { vendorShortName, type Channel } from '../vendors'
import { outcomeOrder } from './outcome-order'

/** A count per status key, as the stats API sends it. */
export type StatusCount = { value: string; count: number }

export type StatusSlice = {
  /** The catalog key, or the raw value for a status the catalog does not know. */
  key: string
  status: StatusEntry
  /** "Busy · CTM": the vendor is named where several vendors share the channel. */
  name: string
  count: number
  /** Of the slice's whole: records with an outcome, or records in flight. */
  share: number | null
  shareOfGroup: number | null
}

export type OutcomeSlice = {
  outcome: OutcomeGroup
  count: number
  share: number | null
  /** The vendor statuses inside the group, largest first; empty ones left out. */
  statuses: StatusSlice[]
}

export type StatusDistribution = {
  /** Every record counted, in flight included. */
  total: number
  /** Records with an outcome: what the outcome shares divide by. */
  outcomesTotal: number
  /** The channel's outcome groups, in the catalog's order, zeros included. */
  groups: OutcomeSlice[]
  /** Records still under way: shown apart, never counted as an outcome. */
  inFlight: OutcomeSlice
  /**
   * Records whose status the catalog does not hold: perhaps an intermediate
   * one, so shown apart with their counts, never as an outcome.
   */
  notInCatalog: OutcomeSlice
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null)

const multiVendor = (channel: Channel) =>
  new Set(catalogSections.filter((s) => s.channel === channel).map((s) => s.vendor))
    .size > 1

function entryOf(key: string, channel: Channel): StatusEntry {
  return getStatus(key) ?? unknownStatus(key, null, channel)
}

function nameOf(status: StatusEntry, withVendor: boolean): string {
  if (!withVendor || !status.vendor) return status.label
  return `${status.label} · ${vendorShortName(status.vendor)}`
}

/**
 * Groups a log's status counts under the outcome groups of the catalog, so
 * a chart can show the groups and open each into its vendor statuses. The
 * same word at two vendors ("Busy" at CTM and at Messenger) stays two
 * statuses, each named with its vendor. In-flight statuses are set apart.
 */
export function statusDistribution(
  channel: Channel,
  byStatus: readonly StatusCount[],
): StatusDistribution {
  const withVendor = multiVendor(channel)
  const slices = new Map<OutcomeGroup, StatusSlice[]>()
  let total = 0
  for (const { value, count } of byStatus) {
    if (!(count > 0)) continue
    const status = entryOf(value, channel)
    // Flags and result codes are never a record's status; count them as unknown if sent.
    const outcome = status.outcome ?? 'unknown'
    total += count
    const list = slices.get(outcome) ?? []
    list.push({
      key: value,
      status,
      name: nameOf(status, withVendor),
      count,
      share: null,
      shareOfGroup: null,
    })
    slices.set(outcome, list)
  }

  const channelGroups = outcomeGroupsFor(channel).filter((group) => group !== 'unknown')
  const extra = [...slices.keys()].filter(
    (group) => group !== 'unknown' && !channelGroups.includes(group),
  )
  const order = outcomeOrder([...channelGroups, ...extra])
  const isOutcome = (group: OutcomeGroup) => outcomeInfo[group].isOutcome
  const sumOf = (group: OutcomeGroup) =>
    (slices.get(group) ?? []).reduce((sum, slice) => sum + slice.count, 0)
  const outcomesTotal = order.filter(isOutcome).reduce((s, g) => s + sumOf(g), 0)

  const sliceOf = (group: OutcomeGroup, whole: number): OutcomeSlice => {
    const count = sumOf(group)
    const statuses = (slices.get(group) ?? [])
      .map((slice) => ({
        ...slice,
        share: ratio(slice.count, whole),
        shareOfGroup: ratio(slice.count, count),
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    return { outcome: group, count, share: ratio(count, whole), statuses }
  }

  const inFlightGroups = order.filter((group) => !isOutcome(group) && group !== 'unknown')
  const inFlightGroup: OutcomeGroup = channel === 'text' ? 'in-flight' : 'in-progress'
  const inFlight = sliceOf(inFlightGroups[0] ?? inFlightGroup, total)
  // A second in-flight group (campaign statuses on calls) still stays apart.
  for (const group of inFlightGroups.slice(1)) {
    const more = sliceOf(group, total)
    inFlight.count += more.count
    inFlight.statuses.push(...more.statuses)
  }
  inFlight.share = ratio(inFlight.count, total)

  return {
    total,
    outcomesTotal,
    groups: order.filter(isOutcome).map((group) => sliceOf(group, outcomesTotal)),
    inFlight,
    notInCatalog: sliceOf('unknown', total),
  }
}
