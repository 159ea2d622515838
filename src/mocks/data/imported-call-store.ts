import type { CallWire } from '@/api/call-schema'
import type { FacetName } from '@/domain/log-query'
import { facetDim, type SearchColumn } from '../engine/log-store'
import type { CallStore } from './call-store'
import { importedLog, numberColumns } from './imported-log'
import { facetCodes, Interner } from './imported-values'
import { noneValue } from './log-values'

type Named = { id: string; name: string } | null

/** A call's campaign as the `campaign` filter names it: its id, or its name when the file gave none. */
const campaignOf = (call: CallWire): Named =>
  call.campaign === null
    ? null
    : { id: call.campaign_id ?? call.campaign, name: call.campaign }

/** A facet of named things (agent, source, campaign), and its names for the search. */
function namedFacet(
  name: FacetName,
  records: readonly CallWire[],
  nameOf: (call: CallWire) => Named,
  none: string,
) {
  const interner = new Interner<Named>((value) => value?.id ?? noneValue)
  const codes = Uint32Array.from(records, (call) => interner.code(nameOf(call)))
  const facet = facetCodes(
    codes,
    interner.values.map((value) =>
      value ? { value: value.id, label: value.name } : { value: noneValue, label: none },
    ),
  )
  const column: SearchColumn = {
    kind: 'text',
    codes,
    values: interner.values.map((value) => value?.name ?? null),
  }
  return { dim: facetDim(name, facet.codes, facet.values), column }
}

/**
 * An imported call log served like the demo one: the records as read, in
 * time order and each id once, with facets made of the values they hold.
 */
export function buildImportedCallStore(
  key: string,
  input: readonly CallWire[],
): CallStore {
  const { records, contactSearch, statusRank, ...log } = importedLog(
    'calls',
    key,
    input,
    (call) => call.started_at,
  )
  const numbers = numberColumns()
  const agents = namedFacet('agent', records, (call) => call.agent, 'No agent')
  const sources = namedFacet('source', records, (call) => call.source, 'No source')
  const campaigns = namedFacet('campaign', records, campaignOf, 'No campaign')
  const duration = Uint32Array.from(records, (call) => call.duration)
  return {
    ...log,
    dims: [...log.dims, agents.dim, sources.dim, campaigns.dim],
    sortKeys: { duration, status: statusRank },
    search: {
      ...contactSearch,
      columns: [
        numbers(records, (call) => call.tracking_number),
        numbers(records, (call) => call.receiving_number),
        agents.column,
        sources.column,
      ],
    },
    duration,
    ring: Uint16Array.from(records, (call) => Math.min(call.ring_time, 0xffff)),
    talk: Uint32Array.from(records, (call) => call.talk_time),
  }
}
