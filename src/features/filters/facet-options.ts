import type { FacetBucket } from '@/api/log-page-schema'
import type { KnownStatus } from '@/domain/catalog/catalog'
import { catalogSections } from '@/domain/catalog/sections'
import { directions } from '@/domain/log-query'
import { outcomeGroupsFor, outcomeInfo, type OutcomeGroup } from '@/domain/outcomes'
import { vendorInfo, vendors, type Channel } from '@/domain/vendors'

/** One choice in a facet filter, with its live count from the API. */
export type FacetOption = {
  value: string
  label: string
  /** Heading the option is listed under (a vendor's statuses). */
  group?: string
  /** Undefined while the counts are loading. */
  count: number | undefined
  status?: KnownStatus
  outcome?: OutcomeGroup
  /** Extra words the option's search box matches. */
  keywords?: string
}

type Counts = FacetBucket[] | undefined

/** Options are rebuilt with every answer; what they show is what counts. */
export const sameOption = (a: FacetOption, b: FacetOption): boolean =>
  a.value === b.value &&
  a.label === b.label &&
  a.count === b.count &&
  a.group === b.group &&
  a.status === b.status &&
  a.outcome === b.outcome

export const sameOptions = (a: FacetOption[], b: FacetOption[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((option, i) => sameOption(option, b[i] as FacetOption)))

const countOf = (counts: Counts, value: string) =>
  counts ? (counts.find((bucket) => bucket.value === value)?.count ?? 0) : undefined

/** The statuses a record of this channel can have, grouped by vendor, in catalog order. */
export function statusOptions(channel: Channel, counts: Counts): FacetOption[] {
  return catalogSections
    .filter((section) => section.channel === channel)
    .flatMap((section) =>
      section.entries
        .filter((entry) => entry.kind === 'status')
        .map((entry) => ({
          value: entry.key,
          label: entry.label,
          group: section.title,
          count: countOf(counts, entry.key),
          status: entry,
        })),
    )
}

export function outcomeOptions(channel: Channel, counts: Counts): FacetOption[] {
  return outcomeGroupsFor(channel)
    .filter((group) => group !== 'unknown')
    .map((group) => ({
      value: group,
      label: outcomeInfo[group].label,
      count: countOf(counts, group),
      outcome: group,
      keywords: outcomeInfo[group].description,
    }))
}

export function vendorOptions(channel: Channel, counts: Counts): FacetOption[] {
  const present = new Set(
    catalogSections.filter((s) => s.channel === channel).map((s) => s.vendor),
  )
  return vendors
    .filter((vendor) => present.has(vendor))
    .map((vendor) => ({
      value: vendor,
      label: vendorInfo[vendor].name,
      count: countOf(counts, vendor),
      keywords: vendorInfo[vendor].shortName,
    }))
}

export function directionOptions(counts: Counts): FacetOption[] {
  return directions.map((direction) => ({
    value: direction,
    label: direction === 'inbound' ? 'Inbound' : 'Outbound',
    count: countOf(counts, direction),
  }))
}

/** Agents and sources: the API's facets are the list, with their display names. */
export function namedOptions(counts: Counts, selected: readonly string[]): FacetOption[] {
  const options: FacetOption[] = (counts ?? []).map((bucket) => ({
    value: bucket.value,
    label: bucket.label ?? bucket.value,
    count: bucket.count,
  }))
  // A value from the URL the API does not list still shows, so it can be removed.
  for (const value of selected) {
    if (!options.some((option) => option.value === value)) {
      options.unshift({ value, label: value, count: counts ? 0 : undefined })
    }
  }
  return options.sort(
    (a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label),
  )
}
