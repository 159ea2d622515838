import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { callSchema } from '@/api/call-schema'
import { textSchema } from '@/api/text-schema'
import { createImportParser } from '@/features/import/parse/import-parser'

/** Strings a hostile or careless export may hold: markup, quotes, line breaks, emoji. */
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '"quoted, with comma"',
    'line\nbreak',
    '💥',
    '',
  ),
)
const date = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .chain((d) =>
    fc.constantFrom(
      d.toISOString(),
      d.toUTCString().replace('GMT', '+0000'),
      d.toISOString().replace('Z', '+01:00'),
    ),
  )
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null })
const status = fc.oneof(
  fc.constantFrom(
    'completed',
    'No Answer',
    'BUSY',
    'in-progress',
    'queued',
    'delivered',
    'sent',
    'read',
  ),
  nasty,
)
const resource = fc.record(
  {
    sid: fc.oneof(fc.stringMatching(/^(CA|SM)[0-9a-f]{6}$/), nasty, fc.integer()),
    from: maybe(nasty),
    to: maybe(nasty),
    direction: fc.oneof(
      fc.constantFrom('inbound', 'outbound-api', 'outbound-dial', 'outbound-reply'),
      nasty,
    ),
    status,
    date_created: maybe(fc.oneof(date, nasty)),
    start_time: maybe(date),
    end_time: maybe(date),
    date_sent: maybe(date),
    date_updated: maybe(date),
    duration: maybe(fc.oneof(fc.nat({ max: 99_999 }).map(String), nasty)),
    num_segments: maybe(fc.oneof(fc.nat({ max: 10 }).map(String), fc.nat({ max: 10 }))),
    body: maybe(nasty),
    caller_name: maybe(nasty),
    answered_by: maybe(fc.constantFrom('human', 'machine_start', 'fax', 'unknown')),
    error_code: maybe(fc.oneof(fc.nat(), fc.constantFrom('30003'))),
  },
  { requiredKeys: [] },
)
const line = fc.oneof(
  { weight: 5, arbitrary: resource.map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: nasty },
)

describe('import parsing (property)', () => {
  it('turns any day file into records the API schemas accept, or rejected rows, losing none', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom('calls', 'texts'),
        fc.integer({ min: 1, max: 50 }),
        (lines, kind, size) => {
          const text = lines.join('\n')
          const parser = createImportParser({ format: 'twilio-jsonl', kind })
          const batches = []
          for (let at = 0; at < text.length; at += size)
            batches.push(parser.push(text.slice(at, at + size)))
          const last = parser.end()
          batches.push(last)
          const calls = batches.flatMap((batch) => batch.calls)
          const texts = batches.flatMap((batch) => batch.texts)
          const rejected = batches.flatMap((batch) => batch.rejected)
          for (const wire of calls)
            expect(callSchema.safeParse(wire).error).toBeUndefined()
          for (const wire of texts)
            expect(textSchema.safeParse(wire).error).toBeUndefined()
          for (const row of rejected)
            expect(row.reason).toMatch(new RegExp(`^line ${row.line}: `))
          const summary = last.summary
          const nonBlank = text.split('\n').filter((l) => l.trim() !== '').length
          expect(calls.length + texts.length + rejected.length + summary.duplicates).toBe(
            nonBlank,
          )
        },
      ),
    )
  })

  it('turns any CSV into records the API schemas accept, or rejected rows', () => {
    const cell = fc.oneof(nasty, date, fc.nat().map(String))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell, cell), { maxLength: 20 }),
        fc.constantFrom('calls', 'texts'),
        (rows, kind) => {
          const csv = [
            'time,status,number,duration',
            ...rows.map((row) =>
              row.map((c) => `"${c.replaceAll('"', '""')}"`).join(','),
            ),
          ].join('\r\n')
          const parser = createImportParser({
            format: 'csv',
            kind,
            vendor: 'twilio',
            mapping: {
              columns: { time: 0, status: 1, contact: 2, duration: 3 },
              zone: 'utc',
            },
          })
          const first = parser.push(csv)
          const last = parser.end()
          for (const wire of [...first.calls, ...last.calls])
            expect(callSchema.safeParse(wire).error).toBeUndefined()
          for (const wire of [...first.texts, ...last.texts])
            expect(textSchema.safeParse(wire).error).toBeUndefined()
          const read =
            first.calls.length +
            first.texts.length +
            last.calls.length +
            last.texts.length
          expect(
            read + first.rejected.length + last.rejected.length + last.summary.duplicates,
          ).toBe(rows.length)
        },
      ),
    )
  })
})
