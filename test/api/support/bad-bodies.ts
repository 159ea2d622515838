import fc from 'fast-check'
import { HttpResponse } from 'msw'
import type { CallWire } from '@/api/call-schema'
import { isApiError } from '@/api/problem'
import type { TextWire } from '@/api/text-schema'
import { catalog } from '@/domain/catalog/catalog'
import { vendors } from '@/domain/vendors'
import { callWire, textWire } from '../../support/fixtures'

/** Every property runs this many cases, from the run's seed (test/support/property-seed.ts). */
export const runs = { numRuns: 300 } as const

/** 10,000 to 100,000 characters of a short pattern. */
export const hugeString = fc
  .tuple(
    fc.string({ minLength: 1, maxLength: 4 }),
    fc.integer({ min: 10_000, max: 100_000 }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length))

/** Strings that have broken parsers and pages before. */
export const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '\u202Eevil\u202C',
      '\u200B\u200D\uFEFF',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'NaN',
      '1e999',
      '2026-02-30T00:00:00Z',
      '=HYPERLINK("http://x")',
      '\u0000',
      '\uD800',
    ),
  },
  { weight: 1, arbitrary: hugeString },
)

/** Any JSON-ish value, plus the strings above. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  nastyString,
  fc.constantFrom(null, -1, 0.5, 1e308, -0, true, false, [], {}, [[[[[]]]]]),
)

/** An instant the API could send: any time, in UTC or with an offset. */
export const isoInstant = fc
  .tuple(
    fc.date({
      min: new Date('1970-01-01'),
      max: new Date('2100-01-01'),
      noInvalidDate: true,
    }),
    fc.constantFrom('Z', '+00:00', '+05:30', '-08:00'),
  )
  .map(([date, offset]) => date.toISOString().replace('Z', offset))

/** A status as sent: a known key and code, one of another vendor, or anything at all. */
export const wireStatus = fc.oneof(
  fc.constantFrom(...catalog).map((entry) => ({ code: entry.code, key: entry.key })),
  fc.constantFrom(...catalog).map((entry) => ({ code: entry.label, key: null })),
  fc.record({ code: nastyString, key: fc.option(nastyString) }),
)

export const wireVendor = fc.oneof(fc.constantFrom(...vendors), nastyString)

const trailStep = fc.record(
  { at: isoInstant, status: wireStatus, detail: fc.option(nastyString) },
  { requiredKeys: ['at', 'status'] },
)
/** Steps in any order, including equal and out-of-order times. */
export const wireTrail = fc.array(trailStep, { maxLength: 30 })

/** Fields the schema does not know, which it must ignore. */
const extraFields = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 4 },
)

/** A call of the right shape whose contents are as hostile as the shape allows. */
export const hostileCall: fc.Arbitrary<CallWire> = fc
  .record({
    n: fc.nat(10_000),
    vendor: wireVendor,
    direction: fc.oneof(fc.constantFrom('inbound', 'outbound'), nastyValue),
    started_at: isoInstant,
    name: fc.option(nastyString),
    number: nastyString,
    agent: fc.option(fc.record({ id: nastyString, name: nastyString })),
    source: fc.option(fc.record({ id: nastyString, name: nastyString })),
    campaign: fc.option(nastyString),
    status: wireStatus,
    result: fc.option(wireStatus),
    trail: wireTrail,
    extra: extraFields,
  })
  .map(({ n, name, number, extra, ...fields }) => ({
    ...extra,
    ...callWire(n),
    ...fields,
    id: `call-${n}`,
    direction: fields.direction as CallWire['direction'],
    contact: { name, number },
  }))

export const hostileText: fc.Arbitrary<TextWire> = fc
  .record({
    n: fc.nat(10_000),
    vendor: wireVendor,
    created_at: isoInstant,
    name: fc.option(nastyString),
    from: nastyString,
    body: nastyString,
    status: wireStatus,
    trail: wireTrail,
    extra: extraFields,
  })
  .map(({ n, name, extra, ...fields }) => ({
    ...extra,
    ...textWire(n),
    ...fields,
    id: `text-${n}`,
    contact: { name, number: fields.from },
  }))

type Container = Record<string, unknown> | unknown[]

/** Every object or array inside a value, with the keys it holds. */
function containers(value: unknown, found: Container[] = []): Container[] {
  if (typeof value !== 'object' || value === null) return found
  found.push(value as Container)
  for (const child of Object.values(value)) containers(child, found)
  return found
}

type Mutation = {
  at: number
  key: number
  op: 'delete' | 'replace' | 'add'
  value: unknown
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  key: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'add'),
  value: nastyValue,
})

/**
 * A valid body broken in one to four places: a field deleted, a value swapped
 * for any other (wrong type, huge string, nested junk), a field added.
 */
export function mutated(valid: unknown): fc.Arbitrary<unknown> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    const copy = structuredClone(valid)
    for (const { at, key, op, value } of mutations) {
      const targets = containers(copy)
      const target = targets[at % targets.length]
      if (!target) continue
      const keys = Object.keys(target)
      const name = keys.length > 0 ? keys[key % keys.length] : undefined
      const record = target as Record<string, unknown>
      if (op === 'add') record[`extra${key}`] = value
      else if (name === undefined) continue
      else if (op === 'delete' && Array.isArray(target)) target.splice(Number(name), 1)
      else if (op === 'delete') Reflect.deleteProperty(record, name)
      else record[name] = value
    }
    return copy
  })
}

/** JSON that does not parse: cut short, or not JSON at all. */
export function malformedJson(valid: unknown): fc.Arbitrary<string> {
  const text = JSON.stringify(valid)
  return fc.oneof(
    fc.nat(text.length - 1).map((end) => text.slice(0, end)),
    fc.string(),
    fc.constantFrom('', 'null', 'undefined', 'NaN', '{"data": [', '<html>502</html>'),
  )
}

export type Answer = { status: number; body: string }

/** Whatever the case says, as the server's answer. */
export const respond = ({ status, body }: Answer) =>
  new HttpResponse(body, { status, headers: { 'Content-Type': 'application/json' } })

/** A status the API might answer with, mostly 200. */
export const httpStatus = fc.oneof(
  { weight: 3, arbitrary: fc.constant(200) },
  { weight: 1, arbitrary: fc.constantFrom(400, 404, 500, 502, 503) },
)

/** The JSON of a value; a string becomes a JSON string, not raw text. */
export const asJson = (value: unknown): string => JSON.stringify(value)

/** What the API layer gave back: data, or the error it threw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

export const settle = <T>(promise: Promise<T>): Promise<Outcome<T>> =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  )

/** A failure must be an ApiError with a short, readable message, never a TypeError. */
export function expectClearError(error: unknown): void {
  if (!isApiError(error))
    throw new Error(`Escaped the API layer: ${String(error)}`, { cause: error })
  if (typeof error.message !== 'string' || error.message.trim().length === 0)
    throw new Error('An ApiError without a message')
  if (error.message.length > 400)
    throw new Error('An ApiError message that is a wall of text')
  if (error.message.includes('[object Object]'))
    throw new Error(`An unreadable message: ${error.message}`)
}
