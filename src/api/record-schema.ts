import { z } from 'zod/mini'
import type { StatusEntry } from '@/domain/catalog/catalog'
import type { Direction } from '@/domain/log-query'
import type { Channel } from '@/domain/vendors'
import {
  resolveStatus,
  resolveTrail,
  wireStatusSchema,
  wireTrailStepSchema,
  type TrailStep,
} from './wire-status'

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

/** An instant on the wire: ISO 8601 with a zone. */
export const instantSchema = z.iso.datetime({ offset: true })

/** The wire fields every log's records share; a kind's schema spreads them and adds its own. */
export const recordWireShape = {
  id: z.string().check(z.minLength(1)),
  vendor: z.string(),
  direction: directionSchema,
  /** The other party: who was called or texted, or who called or texted. */
  contact: contactSchema,
  status: wireStatusSchema,
  trail: z.array(wireTrailStepSchema),
}

/** What every record has once read, whatever its log. */
export type LogRecordBase = {
  id: string
  vendor: string
  direction: Direction | 'unknown'
  /** When it started (a call) or was created (a text), as epoch ms. */
  time: number
  contact: { name: string | null; number: string }
  status: StatusEntry
  /** The status code exactly as the vendor sent it (the catalog may spell it otherwise). */
  statusCode: string
  trail: TrailStep[]
}

type RecordWire = z.output<z.ZodMiniObject<typeof recordWireShape>>

/** The shared part of a record's transform: statuses resolved against `channel`'s catalog. */
function recordBase(wire: RecordWire, channel: Channel, at: string): LogRecordBase {
  return {
    id: wire.id,
    vendor: wire.vendor,
    direction: wire.direction,
    time: Date.parse(at),
    contact: wire.contact,
    status: resolveStatus(wire.vendor, channel, wire.status),
    statusCode: wire.status.code,
    trail: resolveTrail(wire.vendor, channel, wire.trail),
  }
}

/** A kind's own fields never stand in for the shared ones. */
type NotShared<R> = { [K in Extract<keyof R, keyof LogRecordBase>]: never }

/**
 * A kind's record schema: its wire schema read into the fields every record
 * shares (timed by `at`) plus the fields `own` reads.
 */
export function recordSchema<W extends RecordWire, R extends object>(
  wireSchema: z.ZodMiniType<W>,
  channel: Channel,
  at: (wire: W) => string,
  own: (wire: W) => R & NotShared<R>,
) {
  return z.pipe(
    wireSchema,
    z.transform((wire: W) => ({ ...recordBase(wire, channel, at(wire)), ...own(wire) })),
  )
}
