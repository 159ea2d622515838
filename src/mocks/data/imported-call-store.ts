import type { CallWire } from '@/api/call-schema'
import { directions } from '@/domain/log-query'
import { facetDim } from '../engine/log-store'
import { hashString } from '../random/random'
import type { CallStore } from './call-store'
import {
  contactPoolOf,
  facetCodes,
  Interner,
  labelRanks,
  outcomeValuesOf,
  sortedUnique,
  statusValue,
  vendorValuesOf,
  type StatusValue,
} from './imported-values'
import { noneValue } from './log-values'

type Named = { id: string; name: string } | null

/** Inbound, outbound, and "unknown" for a record that did not say. */
export const importedDirections = [...directions, 'unknown'].map((value) => ({ value }))

export const directionCode = (direction: string): number => {
  const code = (directions as readonly string[]).indexOf(direction)
  return code < 0 ? directions.length : code
}

/** A call's campaign as the `campaign` filter names it: its id, or its name when the file gave none. */
const campaignOf = (call: CallWire): Named =>
  call.campaign === null
    ? null
    : { id: call.campaign_id ?? call.campaign, name: call.campaign }

/**
 * An imported call log served like the demo one: the records as read, in
 * time order and each id once, with facets made of the values they hold.
 */
export function buildImportedCallStore(
  key: string,
  input: readonly CallWire[],
): CallStore {
  const { records, time } = sortedUnique(input, (call) => call.started_at)
  const size = records.length
  const statuses = new Interner<StatusValue>((value) => value.value)
  const contacts = new Interner<{ name: string | null; number: string }>(
    (contact) => `${contact.number}|${contact.name ?? ''}`,
  )
  const named = () => new Interner<Named>((value) => value?.id ?? noneValue)
  const agents = named()
  const sources = named()
  const campaigns = named()
  const numbers = new Interner<string | null>((number) => number ?? '')
  const status = new Uint32Array(size)
  const agent = new Uint32Array(size)
  const source = new Uint32Array(size)
  const campaign = new Uint32Array(size)
  const direction = new Uint8Array(size)
  const duration = new Uint32Array(size)
  const ring = new Uint16Array(size)
  const talk = new Uint32Array(size)
  const contact = new Uint32Array(size)
  const tracking = new Uint32Array(size)
  const receiving = new Uint32Array(size)
  records.forEach((call, i) => {
    status[i] = statuses.code(statusValue(call.vendor, 'call', call.status))
    agent[i] = agents.code(call.agent)
    source[i] = sources.code(call.source)
    campaign[i] = campaigns.code(campaignOf(call))
    direction[i] = directionCode(call.direction)
    duration[i] = call.duration
    ring[i] = Math.min(call.ring_time, 0xffff)
    talk[i] = call.talk_time
    contact[i] = contacts.code(call.contact)
    tracking[i] = numbers.code(call.tracking_number)
    receiving[i] = numbers.code(call.receiving_number)
  })

  const outcomes = outcomeValuesOf('call')
  const vendors = vendorValuesOf([...new Set(statuses.values.map((s) => s.vendor))])
  const codeOf = (list: { value: string }[], value: string) =>
    Math.max(
      0,
      list.findIndex((item) => item.value === value),
    )
  const statusFacet = facetCodes(
    status,
    statuses.values.map((s) => ({ value: s.value })),
  )
  const folded = (code: number) => statuses.values[code]
  const outcomeOfStatus = Uint8Array.from(statusFacet.values, (_, code) =>
    codeOf(outcomes, folded(code)?.outcome ?? 'unknown'),
  )
  const vendorOfStatus = Uint8Array.from(statusFacet.values, (_, code) =>
    codeOf(vendors, folded(code)?.vendor ?? ''),
  )
  const statusCodes = statusFacet.codes
  const ranks = labelRanks(statuses.values)
  const facetOf = (interner: Interner<Named>, codes: Uint32Array, none: string) =>
    facetCodes(
      codes,
      interner.values.map((value) =>
        value
          ? { value: value.id, label: value.name }
          : { value: noneValue, label: none },
      ),
    )
  const agentFacet = facetOf(agents, agent, 'No agent')
  const sourceFacet = facetOf(sources, source, 'No source')
  const campaignFacet = facetOf(campaigns, campaign, 'No campaign')
  const byId = new Map(records.map((call, i) => [call.id, i]))
  const nameValues = (interner: Interner<Named>) =>
    interner.values.map((v) => v?.name ?? null)
  return {
    kind: 'calls',
    fingerprint: hashString(`imported-calls|${key}|${size}`),
    size,
    start: time[0] ?? 0,
    now: (time[size - 1] ?? 0) + 1,
    time,
    dims: [
      facetDim('status', statusFacet.codes, statusFacet.values),
      facetDim(
        'outcome',
        Uint8Array.from(statusCodes, (c) => outcomeOfStatus[c] ?? 0),
        outcomes,
        outcomeOfStatus,
      ),
      facetDim(
        'vendor',
        Uint8Array.from(statusCodes, (c) => vendorOfStatus[c] ?? 0),
        vendors,
        vendorOfStatus,
      ),
      facetDim('direction', direction, importedDirections),
      facetDim('agent', agentFacet.codes, agentFacet.values),
      facetDim('source', sourceFacet.codes, sourceFacet.values),
      facetDim('campaign', campaignFacet.codes, campaignFacet.values),
    ],
    sortKeys: { duration, status: Uint16Array.from(status, (c) => ranks[c] ?? 0) },
    search: {
      contact,
      contacts: contactPoolOf(contacts.values),
      columns: [
        { kind: 'number', codes: tracking, values: numbers.values },
        { kind: 'number', codes: receiving, values: numbers.values },
        { kind: 'text', codes: agent, values: nameValues(agents) },
        { kind: 'text', codes: source, values: nameValues(sources) },
      ],
    },
    memo: new Map(),
    idOf: (index) => records[index]?.id ?? '',
    indexOf: (id) => byId.get(id) ?? null,
    duration,
    ring,
    talk,
    record: (index) => records[index] as CallWire,
  }
}
