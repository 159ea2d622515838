import type { FacetBucket } from '@/api/log-page-schema'
import { hasFacet, logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import { listParams, type ListParam, type LogSearch } from '@/domain/log-search'
import type { SearchScope } from '@/domain/log-search-codec'
import type { Channel } from '@/domain/vendors'
import { capitalize } from '@/lib/format'
import type { FacetSpec } from './active-filters'
import {
  directionOptions,
  namedOptions,
  outcomeOptions,
  statusOptions,
  vendorOptions,
  type FacetOption,
} from './facet-options'
import { mergeCounts } from './merge-counts'

/** A log's counts per facet value; a facet left out shows no counts. */
export type FacetCounts = Partial<Record<string, FacetBucket[]>>

/** What a page's filter bar narrows: its logs, its landmark's name, its search hint. */
export type FilterBarPage = {
  kinds: readonly LogKind[]
  label: string
  placeholder: string
}

export const filterBarPages: Record<SearchScope, FilterBarPage> = {
  calls: {
    kinds: ['calls'],
    label: `Filter the ${logKindInfo.calls.log}`,
    placeholder: 'Search names and numbers',
  },
  texts: {
    kinds: ['texts'],
    label: `Filter the ${logKindInfo.texts.log}`,
    placeholder: 'Search names, numbers, messages',
  },
  insights: {
    kinds: ['calls', 'texts'],
    label: 'Filter the Insights',
    placeholder: 'Search names, numbers, messages',
  },
}

/** Long lists get a search box. */
const searchable = new Set<ListParam>(['status', 'agent'])

const unique = (options: FacetOption[]) =>
  options.filter((o, i) => options.findIndex((p) => p.value === o.value) === i)

/**
 * The facets a page offers: every one any of its logs has, in the logs'
 * order, each value counted over all of them (undefined while loading).
 * A page over both logs lists both channels' statuses, by vendor.
 */
export function facetSpecs(
  kinds: readonly LogKind[],
  counts: Partial<Record<LogKind, FacetCounts | undefined>>,
  search: LogSearch,
): FacetSpec[] {
  const merged = (param: ListParam) =>
    mergeCounts(...kinds.map((kind) => counts[kind]?.[param]))
  const perChannel = (options: (channel: Channel) => FacetOption[]) =>
    unique(kinds.flatMap((kind) => options(logKindInfo[kind].channel)))
  const optionsOf: Record<ListParam, () => FacetOption[]> = {
    // Status keys belong to one channel: each log counts its own.
    status: () =>
      kinds.flatMap((kind) =>
        statusOptions(logKindInfo[kind].channel, counts[kind]?.status),
      ),
    outcome: () => perChannel((channel) => outcomeOptions(channel, merged('outcome'))),
    vendor: () => perChannel((channel) => vendorOptions(channel, merged('vendor'))),
    direction: () => directionOptions(merged('direction')),
    agent: () => namedOptions(merged('agent'), search.agent ?? []),
    source: () => namedOptions(merged('source'), search.source ?? []),
    campaign: () => namedOptions(merged('campaign'), search.campaign ?? []),
  }
  return listParams
    .filter((param) => kinds.some((kind) => hasFacet(kind, param)))
    .map((param) => ({
      param,
      name: capitalize(param),
      options: optionsOf[param](),
      searchable: searchable.has(param),
    }))
}
