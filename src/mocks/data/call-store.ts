import type { CallWire } from '@/api/call-schema'
import { outcomeGroupsFor } from '@/domain/outcomes'
import { vendors } from '@/domain/vendors'
import { facetDim, type LogStore } from '../engine/log-store'
import { hashString, mixSeed, Random } from '../random/random'
import { callRecord } from './call-record'
import { agents, sources } from './account'
import { callSeed, emptyCallPlan, planCall } from './call-plan'
import { campaignCode, campaignValues } from './campaigns'
import { plannedDuration, settleCall } from './call-settle'
import type { ContactPool } from './contact-pool'
import {
  agentValues,
  businessCode,
  callStatuses,
  codeMap,
  directionValues,
  nameColumn,
  numberColumn,
  outcomeValues,
  sourceValues,
  statusRanks,
  statusValues,
  vendorValues,
} from './log-values'
import { generatedIds, settleUntil } from './record-ids'
import { recordTimes } from './record-times'

export type CallStore = LogStore & {
  kind: 'calls'
  duration: Uint32Array
  ring: Uint16Array
  talk: Uint32Array
  record: (index: number) => CallWire
}

export type BuildInput = {
  seed: number
  size: number
  start: number
  now: number
  /**
   * Where the generated times end, when the log runs on past `now` (see
   * live-store.ts): the records after `now` wait there, unseen, for the
   * clock to reach them. `now` by default.
   */
  end?: number
  pool: ContactPool
}

/** Extra calls near "now", so the log always has some still under way. */
const liveOffsets = [-300_000, -170_000, -95_000, -48_000, -21_000, -6_000]

const salt = 0xca11

const statusCode = codeMap(callStatuses)
const ranks = statusRanks(callStatuses)
const outcomeOfStatus = Uint8Array.from(callStatuses, (entry) =>
  outcomeGroupsFor('call').indexOf(entry.outcome ?? 'unknown'),
)
const vendorOfStatus = Uint8Array.from(callStatuses, (entry) =>
  vendors.indexOf(entry.vendor),
)

export function buildCallStore({
  seed,
  size,
  start,
  now,
  end = now,
  pool,
}: BuildInput): CallStore {
  const { times: time } = recordTimes(mixSeed(seed, salt), size, {
    start,
    end,
    live: liveOffsets.map((offset) => offset - (end - now)),
  })
  const status = new Uint8Array(size)
  const outcome = new Uint8Array(size)
  const vendor = new Uint8Array(size)
  const direction = new Uint8Array(size)
  const agent = new Uint8Array(size)
  const source = new Uint8Array(size)
  const campaign = new Uint8Array(size)
  const rank = new Uint8Array(size)
  const duration = new Uint32Array(size)
  const ring = new Uint16Array(size)
  const talk = new Uint32Array(size)
  const contact = new Uint32Array(size)
  const tracking = new Uint8Array(size)
  const receiving = new Uint8Array(size)
  const rang = new Uint8Array(size)
  const noAgent = agentValues.length - 1
  const noSource = sourceValues.length - 1

  const random = new Random()
  const plan = emptyCallPlan()
  /** Writes call i as it stands at `at`; true while it is still under way. */
  const settle = (i: number, at: number): boolean => {
    const start = time[i] as number
    planCall(random.reseed(callSeed(seed, i)), pool, plan)
    const planned = plannedDuration(plan)
    // Only calls still going at "now" need their trail worked out here.
    const state =
      start + planned * 1000 > at ? settleCall(plan, start, at, pool) : undefined
    const code = statusCode.get(state?.status ?? plan.status) ?? 0
    status[i] = code
    rank[i] = ranks[code] ?? 0
    outcome[i] = outcomeOfStatus[code] ?? 0
    vendor[i] = vendorOfStatus[code] ?? 0
    direction[i] = plan.direction === 'inbound' ? 0 : 1
    agent[i] = plan.agent < 0 ? noAgent : plan.agent
    source[i] = plan.source < 0 ? noSource : plan.source
    campaign[i] = campaignCode(plan.campaign)
    duration[i] = state?.duration ?? planned
    ring[i] = state?.ring ?? plan.ring
    talk[i] = state?.talk ?? plan.talk
    contact[i] = plan.contact
    tracking[i] = businessCode(plan.trackingNumber)
    receiving[i] = businessCode(plan.receivingNumber)
    // Messenger rings the contact's own numbers: the last one tried is its receiving number.
    rang[i] = plan.vendor === 'messenger' && plan.tries > 0 ? plan.tries - 1 : 255
    return state !== undefined
  }
  const unsettled = settleUntil(time, now, end, settle)

  const idKey = mixSeed(seed, 0x1d, salt)
  const store: CallStore = {
    kind: 'calls',
    fingerprint: hashString(
      `calls|${seed}|${size}|${start}|${now}|${end === now ? pool.size : `${end}|${pool.size}`}`,
    ),
    size,
    start,
    now,
    time,
    dims: [
      facetDim('status', status, statusValues(callStatuses)),
      facetDim('outcome', outcome, outcomeValues('call'), outcomeOfStatus),
      facetDim('vendor', vendor, vendorValues, vendorOfStatus),
      facetDim('direction', direction, directionValues),
      facetDim('agent', agent, agentValues),
      facetDim('source', source, sourceValues),
      facetDim('campaign', campaign, campaignValues),
    ],
    sortKeys: { duration, status: rank },
    search: {
      contact,
      contacts: pool,
      columns: [
        numberColumn(tracking),
        numberColumn(receiving),
        nameColumn(agent, agents),
        nameColumn(source, sources),
      ],
      rang,
    },
    memo: new Map(),
    ...generatedIds('calls', idKey, size),
    duration,
    ring,
    talk,
    record: (index) => callRecord(store, seed, index),
    ...(end > now ? { live: { settle, unsettled } } : {}),
  }
  return store
}
