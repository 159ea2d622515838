import { z } from 'zod/mini'
import { instantSchema, recordSchema, recordWireShape } from './record-schema'

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

export const textSchema = recordSchema(
  textWireSchema,
  'text',
  (wire) => wire.created_at,
  (wire) => ({
    createdAt: wire.created_at,
    from: wire.from,
    to: wire.to,
    body: wire.body,
    segments: wire.segments,
  }),
)

/** `contact` is the sender of an inbound text, the recipient of an outbound one. */
export type Text = z.output<typeof textSchema>
