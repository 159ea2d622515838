import { z } from 'zod/mini'
import { callSchema, type Call } from './call-schema'
import { textSchema, type Text } from './text-schema'
import type { LogKind } from '@/domain/log-query'

export const facetBucketSchema = z.object({
  value: z.string(),
  count: z.int().check(z.nonnegative()),
  /** A display name, where the value is an id (agents, sources). */
  label: z.optional(z.string()),
})

export type FacetBucket = z.infer<typeof facetBucketSchema>

/** The envelope of `GET /api/v1/{calls,texts}`; records are checked one by one. */
export const logPageWireSchema = z.object({
  data: z.array(z.unknown()),
  next_cursor: z.nullable(z.string()),
  total: z.int().check(z.nonnegative()),
  facets: z.record(z.string(), z.array(facetBucketSchema)),
})

export type LogRecord<K extends LogKind> = K extends 'calls' ? Call : Text

/** A record the API sent that does not fit the schema: reported, not dropped silently. */
export type InvalidRecord = { id: string | null; message: string }

export type LogPage<K extends LogKind> = {
  records: LogRecord<K>[]
  invalid: InvalidRecord[]
  nextCursor: string | null
  total: number
  facets: Record<string, FacetBucket[]>
}

const recordSchemas = { calls: callSchema, texts: textSchema } as const

export function recordSchemaFor<K extends LogKind>(kind: K) {
  return recordSchemas[kind]
}

/** Parses each record apart, so one bad record does not hide the other 149. */
export function toLogPage<K extends LogKind>(
  kind: K,
  wire: z.infer<typeof logPageWireSchema>,
): LogPage<K> {
  const schema = recordSchemas[kind]
  const records: LogRecord<K>[] = []
  const invalid: InvalidRecord[] = []
  for (const item of wire.data) {
    const parsed = schema.safeParse(item)
    if (parsed.success) {
      records.push(parsed.data as LogRecord<K>)
    } else {
      const issue = parsed.error.issues[0]
      const id =
        typeof item === 'object' &&
        item !== null &&
        'id' in item &&
        typeof item.id === 'string'
          ? item.id
          : null
      invalid.push({
        id,
        message: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`,
      })
    }
  }
  return {
    records,
    invalid,
    nextCursor: wire.next_cursor,
    total: wire.total,
    facets: wire.facets,
  }
}
