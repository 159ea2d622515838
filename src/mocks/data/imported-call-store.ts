import type { CallWire } from '@/api/call-schema'
import { facetDim } from '../engine/log-store'
import type { CallStore } from './call-store'
import {
  directionCode,
  importedContacts,
  importedDirections,
  importedLog,
} from './imported-log'
import { facetCodes, importedStatusDims, Interner } from './imported-values'
import { noneValue } from './log-values'

type Named = { id: string; name: string } | null

/** A call's campaign as the `campaign` filter names it: its id, or its name when the file gave none. */
const campaignOf = (call: CallWire): Named =>
  call.campaign === null
    ? null
    : { id: call.campaign_id ?? call.campaign, name: call.campaign }

/** A named facet (agent, source, campaign): each record's code, its values and their names. */
function namedFacet(records: readonly CallWire[], nameOf: (call: CallWire) => Named) {
  const interner = new Interner<Named>((value) => value?.id ?? noneValue)
  const codes = Uint32Array.from(records, (call) => interner.code(nameOf(call)))
  return {
    codes,
    dim: (none: string) =>
      facetCodes(
        codes,
        interner.values.map((value) =>
          value
            ? { value: value.id, label: value.name }
            : { value: noneValue, label: none },
        ),
      ),
    names: interner.values.map((value) => value?.name ?? null),
  }
}

/**
 * An imported call log served like the demo one: the records as read, in
 * time order and each id once, with facets made of the values they hold.
 */
export function buildImportedCallStore(
  key: string,
  input: readonly CallWire[],
): CallStore {
  const { records, ...log } = importedLog('calls', key, input, (call) => call.started_at)
  const contacts = importedContacts()
  const numbers = new Interner<string | null>((number) => number ?? '')
  const agents = namedFacet(records, (call) => call.agent)
  const sources = namedFacet(records, (call) => call.source)
  const campaigns = namedFacet(records, campaignOf)
  const agentFacet = agents.dim('No agent')
  const sourceFacet = sources.dim('No source')
  const campaignFacet = campaigns.dim('No campaign')
  const status = importedStatusDims('calls', records)
  const duration = Uint32Array.from(records, (call) => call.duration)
  return {
    ...log,
    dims: [
      ...status.dims,
      facetDim(
        'direction',
        Uint8Array.from(records, (call) => directionCode(call.direction)),
        importedDirections,
      ),
      facetDim('agent', agentFacet.codes, agentFacet.values),
      facetDim('source', sourceFacet.codes, sourceFacet.values),
      facetDim('campaign', campaignFacet.codes, campaignFacet.values),
    ],
    sortKeys: { duration, status: status.rank },
    search: {
      contact: Uint32Array.from(records, (call) => contacts.code(call.contact)),
      contacts: contacts.pool(),
      columns: [
        {
          kind: 'number',
          codes: Uint32Array.from(records, (call) => numbers.code(call.tracking_number)),
          values: numbers.values,
        },
        {
          kind: 'number',
          codes: Uint32Array.from(records, (call) => numbers.code(call.receiving_number)),
          values: numbers.values,
        },
        { kind: 'text', codes: agents.codes, values: agents.names },
        { kind: 'text', codes: sources.codes, values: sources.names },
      ],
    },
    duration,
    ring: Uint16Array.from(records, (call) => Math.min(call.ring_time, 0xffff)),
    talk: Uint32Array.from(records, (call) => call.talk_time),
  }
}
