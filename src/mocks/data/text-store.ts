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
import { generatedIds, settleUntil } from './record-ids'
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
  /** Where generated times end when the log runs on past `now` (see call-store.ts). */
  end?: number
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
  const end = input.end ?? now
  const { times: time, liveIndices } = recordTimes(mixSeed(seed, 0x5e7), size, {
    start,
    end,
    live: liveOffsets.map((offset) => offset - (end - now)),
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
  /** Writes text i as it stands at `at`; true while its trail has steps to come. */
  const settle = (i: number, at: number): boolean => {
    const start = time[i] as number
    planText(random.reseed(textSeed(seed, i)), pools, liveSlot(liveIndices, i), plan)
    const key = textStatusAt(plan, start, at)
    const code = statusCode.get(key) ?? 0
    status[i] = code
    rank[i] = ranks[code] ?? 0
    outcome[i] = outcomeOfStatus[code] ?? 0
    direction[i] = plan.direction === 'inbound' ? 0 : 1
    contact[i] = plan.contact
    body[i] = plan.body
    number[i] = businessCode(plan.number)
    segments[i] = bodies.segments[plan.body] ?? 1
    return key !== textStatusAt(plan, start, Number.MAX_SAFE_INTEGER)
  }
  const unsettled = settleUntil(time, now, end, settle)

  const idKey = mixSeed(seed, 0x1d, 0x5e7)
  const store: TextStore = {
    kind: 'texts',
    fingerprint: hashString(
      `texts|${seed}|${size}|${start}|${now}|${end === now ? contacts.size : `${end}|${contacts.size}`}`,
    ),
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
    ...generatedIds('texts', idKey, size),
    liveIndices,
    segments,
    record: (index) => textRecord(store, seed, pools, index),
    ...(end > now ? { live: { settle, unsettled } } : {}),
  }
  return store
}
