import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod/mini'
import { callSchema } from '@/api/call-schema'
import { toLogPage } from '@/api/log-page-schema'
import { instantSchema, recordSchema, recordWireShape } from '@/api/record-schema'
import { textSchema } from '@/api/text-schema'
import { callWire, textWire } from '../support/fixtures'

const kinds = [
  { kind: 'calls', wire: callWire(1), schema: callSchema, at: callWire(1).started_at },
  { kind: 'texts', wire: textWire(1), schema: textSchema, at: textWire(1).created_at },
] as const

const envelope = (data: unknown[]) => ({ data, next_cursor: null, total: 1, facets: {} })

describe.each(kinds)(
  'the fields every record shares, $kind',
  ({ kind, wire, schema, at }) => {
    it('reads the time, contact and status code the same way in either log', () => {
      const record = schema.parse(wire)
      expect(record.time).toBe(Date.parse(at))
      expect(record.contact).toEqual(wire.contact)
      expect(record.statusCode).toBe(wire.status.code)
      expect(record.status.known).toBe(true)
      expect(record.trail.map((step) => step.time)).toEqual(
        [...wire.trail].map((step) => Date.parse(step.at)).sort((a, b) => a - b),
      )
    })

    it('keeps an unknown status visible, under its own code', () => {
      const record = schema.parse({ ...wire, status: { code: 'Teleported', key: null } })
      expect(record.status).toMatchObject({ known: false, label: 'Teleported' })
      expect(record.statusCode).toBe('Teleported')
    })

    it('reads an unexpected direction as unknown', () => {
      expect(schema.parse({ ...wire, direction: 'sideways' }).direction).toBe('unknown')
    })

    it('says which shared field is wrong in a malformed record', () => {
      const page = toLogPage(kind, envelope([{ ...wire, contact: { name: 7 } }]))
      expect(page.records).toEqual([])
      expect(page.invalid).toEqual([
        { id: wire.id, message: expect.stringContaining('contact.name') as string },
      ])
    })
  },
)

describe('recordSchema', () => {
  // A third kind (a campaign's record, say) is its wire fields and what it reads of them.
  const noteSchema = recordSchema(
    z.object({ ...recordWireShape, noted_at: instantSchema, note: z.string() }),
    'call',
    (wire) => wire.noted_at,
    (wire) => ({ note: wire.note.trim() }),
  )
  const { started_at: at, ...shared } = callWire(3)

  it('reads the shared fields, timed by the field it is given, beside its own', () => {
    const record = noteSchema.parse({ ...shared, noted_at: at, note: ' hello ' })
    expect(record).toMatchObject({
      id: shared.id,
      time: Date.parse(at),
      statusCode: shared.status.code,
      note: 'hello',
    })
    expect(record.status.known).toBe(true)
  })

  it('keeps the shared fields the shared reading’s (checked by the typecheck)', () => {
    const clash = () =>
      recordSchema(
        z.object({ ...recordWireShape, noted_at: instantSchema }),
        'call',
        (wire) => wire.noted_at,
        // @ts-expect-error `time` is shared, read through `at`: a kind's own fields cannot replace it.
        () => ({ time: 0 }),
      )
    expectTypeOf(clash).returns.not.toBeNever()
  })

  it('refuses a record whose own field is missing', () => {
    expect(noteSchema.safeParse({ ...shared, noted_at: at }).success).toBe(false)
  })
})
