import type { TextWire } from '@/api/text-schema'
import { outcomeGroupsFor } from '@/domain/outcomes'
import { facetDim, type LogStore } from '../engine/log-store'
import { hashString, mixSeed, Random } from '../random/random'
import type { BodyPool } from './body-pool'
import type { ContactPool } from './contact-pool'
import {
  businessCode,
  codeMap,
  directionValues,
  numberColumn,
  outcomeValues,
  statusRanks,
  statusValues,
  textStatuses,
  vendorValues,
} from './log-values'
import { recordId, recordIndex } from './record-ids'
import { recordTimes } from './record-times'
import {
  emptyTextPlan,
  liveOffsets,
  liveSlot,
  planText,
  textSeed,
  textStatusAt,
} from './text-plan'
import { textRecord } from './text-record'

export type TextStore = LogStore & {
  kind: 'texts'
  /** The texts of the live burst near "now", whose plan depends on their place in it. */
  liveIndices: readonly number[]
  segments: Uint8Array
  record: (index: number) => TextWire
}

export type TextBuildInput = {
  seed: number
  size: number
  start: number
  now: number
  contacts: ContactPool
  bodies: BodyPool
}

const statusCode = codeMap(textStatuses)
const ranks = statusRanks(textStatuses)
const outcomeOfStatus = Uint8Array.from(textStatuses, (entry) =>
  outcomeGroupsFor('text').indexOf(entry.outcome ?? 'unknown'),
)
const ctmCode = vendorValues.findIndex((value) => value.value === 'ctm')

export function buildTextStore(input: TextBuildInput): TextStore {
  const { seed, size, start, now, contacts, bodies } = input
  const { times: time, liveIndices } = recordTimes(mixSeed(seed, 0x5e7), size, {
    start,
    end: now,
    live: liveOffsets,
  })
  const status = new Uint8Array(size)
  const outcome = new Uint8Array(size)
  const direction = new Uint8Array(size)
  const rank = new Uint8Array(size)
  const segments = new Uint8Array(size)
  const contact = new Uint32Array(size)
  const body = new Uint32Array(size)
  const number = new Uint8Array(size)
  const pools = { contacts, bodies }
  const random = new Random()
  const plan = emptyTextPlan()
  for (let i = 0; i < size; i++) {
    const start = time[i] as number
    planText(random.reseed(textSeed(seed, i)), pools, liveSlot(liveIndices, i), plan)
    const code = statusCode.get(textStatusAt(plan, start, now)) ?? 0
    status[i] = code
    rank[i] = ranks[code] ?? 0
    outcome[i] = outcomeOfStatus[code] ?? 0
    direction[i] = plan.direction === 'inbound' ? 0 : 1
    contact[i] = plan.contact
    body[i] = plan.body
    number[i] = businessCode(plan.number)
    segments[i] = bodies.segments[plan.body] ?? 1
  }

  const idKey = mixSeed(seed, 0x1d, 0x5e7)
  const store: TextStore = {
    kind: 'texts',
    fingerprint: hashString(`texts|${seed}|${size}|${start}|${now}|${contacts.size}`),
    size,
    start,
    now,
    time,
    dims: [
      facetDim('status', status, statusValues(textStatuses)),
      facetDim('outcome', outcome, outcomeValues('text'), outcomeOfStatus),
      facetDim(
        'vendor',
        new Uint8Array(size).fill(ctmCode),
        vendorValues,
        new Uint8Array(textStatuses.length).fill(ctmCode),
      ),
      facetDim('direction', direction, directionValues),
    ],
    sortKeys: { status: rank, segments },
    // From and To: the contact's number and the business's texting number.
    search: {
      contact,
      contacts,
      body,
      bodies: bodies.bodies,
      columns: [numberColumn(number)],
    },
    memo: new Map(),
    idOf: (index) => recordId('texts', idKey, index),
    indexOf: (id) => {
      const index = recordIndex('texts', idKey, id)
      return index !== null && index < size ? index : null
    },
    liveIndices,
    segments,
    record: (index) => textRecord(store, seed, pools, index),
  }
  return store
}
