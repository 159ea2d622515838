import { z } from 'zod/mini'
import type { StatusEntry } from '@/domain/catalog/catalog'
import type { Direction } from '@/domain/log-query'
import {
  resolveStatus,
  resolveTrail,
  wireStatusSchema,
  wireTrailStepSchema,
  type TrailStep,
} from './wire-status'

const seconds = z.int().check(z.nonnegative())

export const directionSchema = z.catch(
  z.enum(['inbound', 'outbound', 'unknown']),
  'unknown',
)

/** Something with a stable id (a slug the filters use) and a display name. */
export const namedRefSchema = z.object({ id: z.string(), name: z.string() })

export const contactSchema = z.object({
  name: z.nullable(z.string()),
  number: z.string(),
})

/** A call as `GET /api/v1/calls` sends it (snake_case, modelled on CTM's API). */
export const callWireSchema = z.object({
  id: z.string().check(z.minLength(1)),
  vendor: z.string(),
  direction: directionSchema,
  started_at: z.iso.datetime({ offset: true }),
  /** Seconds, whole call; ring and talk time are parts of it. */
  duration: seconds,
  ring_time: seconds,
  talk_time: seconds,
  contact: contactSchema,
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
  status: wireStatusSchema,
  /** CALLR's result code, for calls that reached the phone. */
  result: z.nullable(wireStatusSchema),
  trail: z.array(wireTrailStepSchema),
})

export type CallWire = z.input<typeof callWireSchema>

export type Call = {
  id: string
  vendor: string
  direction: Direction | 'unknown'
  startedAt: string
  time: number
  duration: number
  ringTime: number
  talkTime: number
  contact: { name: string | null; number: string }
  trackingNumber: string | null
  receivingNumber: string | null
  source: { id: string; name: string } | null
  agent: { id: string; name: string } | null
  campaign: string | null
  campaignId: string | null
  /** The whole campaign's status, from the catalog's campaign channel. */
  campaignStatus: StatusEntry | null
  hasRecording: boolean
  status: StatusEntry
  /** The status code exactly as the vendor sent it (the catalog may spell it otherwise). */
  statusCode: string
  result: StatusEntry | null
  trail: TrailStep[]
}

export const callSchema = z.pipe(
  callWireSchema,
  z.transform((wire): Call => ({
    id: wire.id,
    vendor: wire.vendor,
    direction: wire.direction,
    startedAt: wire.started_at,
    time: Date.parse(wire.started_at),
    duration: wire.duration,
    ringTime: wire.ring_time,
    talkTime: wire.talk_time,
    contact: wire.contact,
    trackingNumber: wire.tracking_number,
    receivingNumber: wire.receiving_number,
    source: wire.source,
    agent: wire.agent,
    campaign: wire.campaign,
    campaignId: wire.campaign_id ?? null,
    campaignStatus: wire.campaign_status
      ? resolveStatus(wire.vendor, 'campaign', wire.campaign_status)
      : null,
    hasRecording: wire.has_recording,
    status: resolveStatus(wire.vendor, 'call', wire.status),
    statusCode: wire.status.code,
    result: wire.result ? resolveStatus(wire.vendor, 'call', wire.result) : null,
    trail: resolveTrail(wire.vendor, 'call', wire.trail),
  })),
)
