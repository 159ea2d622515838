import { z } from 'zod/mini'
import {
  instantSchema,
  namedRefSchema,
  recordSchema,
  recordWireShape,
} from './record-schema'
import { resolveStatus, wireStatusSchema } from './wire-status'

const seconds = z.int().check(z.nonnegative())

/** A call as `GET /api/v1/calls` sends it (snake_case, modelled on CTM's API). */
export const callWireSchema = z.object({
  ...recordWireShape,
  started_at: instantSchema,
  /** Seconds, whole call; ring and talk time are parts of it. */
  duration: seconds,
  ring_time: seconds,
  talk_time: seconds,
  tracking_number: z.nullable(z.string()),
  receiving_number: z.nullable(z.string()),
  /** Marketing source of the tracking number (Google Ads, Organic Search, …). */
  source: z.nullable(namedRefSchema),
  agent: z.nullable(namedRefSchema),
  /** The broadcast campaign the call went out in, by name. */
  campaign: z.nullable(z.string()),
  /** Its id, as the `campaign` filter takes it; absent from older payloads. */
  campaign_id: z.optional(z.nullable(z.string())),
  /** The whole campaign's state (Routee reports one; others send null). */
  campaign_status: z.optional(z.nullable(wireStatusSchema)),
  has_recording: z.boolean(),
  /** CALLR's result code, for calls that reached the phone. */
  result: z.nullable(wireStatusSchema),
})

export type CallWire = z.input<typeof callWireSchema>

export const callSchema = recordSchema(
  callWireSchema,
  'call',
  (wire) => wire.started_at,
  (wire) => ({
    startedAt: wire.started_at,
    duration: wire.duration,
    ringTime: wire.ring_time,
    talkTime: wire.talk_time,
    trackingNumber: wire.tracking_number,
    receivingNumber: wire.receiving_number,
    source: wire.source,
    agent: wire.agent,
    campaign: wire.campaign,
    campaignId: wire.campaign_id ?? null,
    /** The whole campaign's status, from the catalog's campaign channel. */
    campaignStatus: wire.campaign_status
      ? resolveStatus(wire.vendor, 'campaign', wire.campaign_status)
      : null,
    hasRecording: wire.has_recording,
    result: wire.result ? resolveStatus(wire.vendor, 'call', wire.result) : null,
  }),
)

export type Call = z.output<typeof callSchema>
