import { z } from 'zod/mini'
import type { StatusEntry } from '@/domain/catalog/catalog'
import type { Direction } from '@/domain/log-query'
import { contactSchema, directionSchema } from './call-schema'
import {
  resolveStatus,
  resolveTrail,
  wireStatusSchema,
  wireTrailStepSchema,
  type TrailStep,
} from './wire-status'

/** A text message as `GET /api/v1/texts` sends it. */
export const textWireSchema = z.object({
  id: z.string().check(z.minLength(1)),
  vendor: z.string(),
  direction: directionSchema,
  created_at: z.iso.datetime({ offset: true }),
  from: z.string(),
  to: z.string(),
  /** The other party: the sender of an inbound text, the recipient of an outbound one. */
  contact: contactSchema,
  body: z.string(),
  segments: z.int().check(z.positive()),
  status: wireStatusSchema,
  trail: z.array(wireTrailStepSchema),
})

export type TextWire = z.input<typeof textWireSchema>

export type Text = {
  id: string
  vendor: string
  direction: Direction | 'unknown'
  createdAt: string
  time: number
  from: string
  to: string
  contact: { name: string | null; number: string }
  body: string
  segments: number
  status: StatusEntry
  /** The status code exactly as the vendor sent it. */
  statusCode: string
  trail: TrailStep[]
}

export const textSchema = z.pipe(
  textWireSchema,
  z.transform((wire): Text => ({
    id: wire.id,
    vendor: wire.vendor,
    direction: wire.direction,
    createdAt: wire.created_at,
    time: Date.parse(wire.created_at),
    from: wire.from,
    to: wire.to,
    contact: wire.contact,
    body: wire.body,
    segments: wire.segments,
    status: resolveStatus(wire.vendor, 'text', wire.status),
    statusCode: wire.status.code,
    trail: resolveTrail(wire.vendor, 'text', wire.trail),
  })),
)
