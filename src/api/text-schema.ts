import { z } from 'zod/mini'
import {
  instantSchema,
  recordBase,
  recordWireShape,
  type LogRecordBase,
} from './record-schema'

/** A text message as `GET /api/v1/texts` sends it. */
export const textWireSchema = z.object({
  ...recordWireShape,
  created_at: instantSchema,
  from: z.string(),
  to: z.string(),
  body: z.string(),
  segments: z.int().check(z.positive()),
})

export type TextWire = z.input<typeof textWireSchema>

/** `contact` is the sender of an inbound text, the recipient of an outbound one. */
export type Text = LogRecordBase & {
  createdAt: string
  from: string
  to: string
  body: string
  segments: number
}

export const textSchema = z.pipe(
  textWireSchema,
  z.transform((wire): Text => ({
    ...recordBase(wire, 'text', wire.created_at),
    createdAt: wire.created_at,
    from: wire.from,
    to: wire.to,
    body: wire.body,
    segments: wire.segments,
  })),
)
