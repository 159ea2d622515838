import type { CallWire } from '@/api/call-schema'
import { agents, sources } from './account'
import { callRandom, planCall, receivingNumber } from './call-plan'
import { settleCall } from './call-settle'
import { campaignId, campaignStatusKey } from './campaigns'
import type { CallStore } from './call-store'
import { iso, wireStatus, wireTrail } from './wire-values'

/** One call as the API sends it, drawn again from its seed: nothing is kept per record. */
export function callRecord(store: CallStore, seed: number, index: number): CallWire {
  const start = store.time[index] ?? store.start
  const pool = store.search.contacts
  const plan = planCall(callRandom(seed, index), pool)
  const call = settleCall(plan, start, store.now, pool)
  const agent = agents[plan.agent]
  const source = sources[plan.source]
  const campaignStatus = campaignStatusKey(
    plan.vendor,
    plan.campaign,
    start,
    call,
    store.now,
  )
  return {
    id: store.idOf(index),
    vendor: plan.vendor,
    direction: plan.direction,
    started_at: iso(start),
    duration: call.duration,
    ring_time: call.ring,
    talk_time: call.talk,
    contact: {
      name: pool.names[plan.contact] ?? null,
      number: pool.numbers[plan.contact] ?? '',
    },
    tracking_number: plan.trackingNumber,
    receiving_number: receivingNumber(plan, pool),
    source: source ? { id: source.id, name: source.name } : null,
    agent: agent ? { id: agent.id, name: agent.name } : null,
    campaign: plan.campaign,
    campaign_id: campaignId(plan.campaign),
    campaign_status: campaignStatus === null ? null : wireStatus(campaignStatus),
    has_recording: plan.hasRecording && call.finished,
    status: wireStatus(call.status),
    result: plan.result && call.finished ? wireStatus(plan.result) : null,
    trail: wireTrail(call.trail),
  }
}
