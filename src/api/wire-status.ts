import { z } from 'zod/mini'
import { getStatus, lookupStatus, type StatusEntry } from '@/domain/catalog/catalog'
import type { Channel } from '@/domain/vendors'

/** A status as the API sends it: the vendor's raw code, and our catalog key when known. */
export const wireStatusSchema = z.object({
  code: z.string(),
  key: z.nullable(z.string()),
})

export type WireStatus = z.infer<typeof wireStatusSchema>

export const wireTrailStepSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  status: wireStatusSchema,
  /** Extra words for a step, e.g. which number a Messenger attempt rang. */
  detail: z.optional(z.nullable(z.string())),
})

export type WireTrailStep = z.infer<typeof wireTrailStepSchema>

/** A step of a record's trail, its status resolved against the catalog. */
export type TrailStep = {
  at: string
  time: number
  status: StatusEntry
  detail: string | null
}

/**
 * The catalog entry for a status from the wire. The server's key wins when it
 * is one we know for this vendor; otherwise the raw code is looked up, and an
 * unknown status stays visible as such.
 */
export function resolveStatus(
  vendor: string,
  channel: Channel,
  status: WireStatus,
): StatusEntry {
  const byKey = status.key ? getStatus(status.key) : undefined
  if (byKey && byKey.vendor === vendor && byKey.channel === channel) return byKey
  return lookupStatus(vendor, channel, status.code)
}

/** Steps in time order, whatever order the wire sent them in. */
export function resolveTrail(
  vendor: string,
  channel: Channel,
  steps: WireTrailStep[],
): TrailStep[] {
  return steps
    .map((step) => ({
      at: step.at,
      time: Date.parse(step.at),
      status: resolveStatus(vendor, channel, step.status),
      detail: step.detail ?? null,
    }))
    .sort((a, b) => a.time - b.time)
}
