// @vitest-environment node
import fc from 'fast-check'
import { http } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import type { LogPage } from '@/api/log-page-schema'
import { fetchLogPage, fetchRecord } from '@/api/logs'
import type { TextWire } from '@/api/text-schema'
import { defaultSort, emptyFilters, type LogKind } from '@/domain/log-query'
import { server } from '@/mocks/node'
import { callWire, textWire } from '../support/fixtures'
import {
  asJson,
  expectClearError,
  hostileCall,
  hostileText,
  httpStatus,
  malformedJson,
  mutated,
  nastyString,
  nastyValue,
  respond,
  runs,
  settle,
  type Answer,
} from './support/bad-bodies'
import { serveMockBackend } from '../support/mock-server'

serveMockBackend()

const query = { filters: emptyFilters, sort: defaultSort }

let answer: Answer = { status: 200, body: '{}' }
beforeEach(() => {
  server.use(
    http.get('*/api/v1/:log', () => respond(answer)),
    http.get('*/api/v1/:log/:id', () => respond(answer)),
  )
})

const envelope = (data: unknown[]) => ({
  data,
  next_cursor: data.length > 0 ? 'next' : null,
  total: data.length,
  facets: {
    status: [{ value: 'ctm.call.busy', count: 3 }],
    agent: [{ value: 'ana-ruiz', count: 2, label: 'Ana Ruiz' }],
  },
})

const validPage = {
  calls: envelope([callWire(1), callWire(2)]),
  texts: envelope([textWire(1), textWire(2)]),
}

/** What a page the API layer hands over must hold, whatever it was sent. */
function expectSoundPage(page: LogPage<LogKind>, sent: unknown): void {
  const data =
    typeof sent === 'object' && sent !== null && 'data' in sent ? sent.data : undefined
  expect(Array.isArray(data)).toBe(true)
  expect(page.records.length + page.invalid.length).toBe((data as unknown[]).length)
  expect(Number.isInteger(page.total) && page.total >= 0).toBe(true)
  for (const record of page.records) {
    expect(typeof record.id).toBe('string')
    expect(Number.isFinite(record.time)).toBe(true)
    expect(record.status.label.length).toBeGreaterThan(0)
    const times = record.trail.map((step) => step.time)
    expect(times.every(Number.isFinite)).toBe(true)
    expect(times).toEqual([...times].sort((a, b) => a - b))
  }
  for (const problem of page.invalid) expect(typeof problem.message).toBe('string')
}

describe.each(['calls', 'texts'] as const)('a %s page from a misbehaving API', (kind) => {
  it('any JSON value at all, with any status: data or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(httpStatus, nastyValue, async (status, body) => {
        answer = { status, body: asJson(body) }
        const outcome = await settle(fetchLogPage(kind, query, null))
        if (outcome.ok) expectSoundPage(outcome.value, body)
        else expectClearError(outcome.error)
      }),
      runs,
    )
  })

  it('JSON that does not parse: a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(
        httpStatus,
        malformedJson(validPage[kind]),
        async (status, body) => {
          answer = { status, body }
          const outcome = await settle(fetchLogPage(kind, query, null))
          expect(outcome.ok).toBe(false)
          if (!outcome.ok) expectClearError(outcome.error)
        },
      ),
      runs,
    )
  })

  it('records of any shape: each one read, or reported as unreadable', async () => {
    const valid = kind === 'calls' ? callWire(1) : textWire(1)
    const anyRecord = fc.oneof(nastyValue, mutated(valid), fc.constant(valid))
    await fc.assert(
      fc.asyncProperty(fc.array(anyRecord, { maxLength: 6 }), async (records) => {
        const body = envelope(records)
        answer = { status: 200, body: asJson(body) }
        expectSoundPage(await fetchLogPage(kind, query, null), body)
      }),
      runs,
    )
  })

  it('a valid page broken in a few places: data or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(httpStatus, mutated(validPage[kind]), async (status, body) => {
        answer = { status, body: asJson(body) }
        const outcome = await settle(fetchLogPage(kind, query, null))
        if (outcome.ok) expectSoundPage(outcome.value, body)
        else expectClearError(outcome.error)
      }),
      runs,
    )
  })
})

describe('records of the right shape with hostile contents', () => {
  const hostile: Record<LogKind, fc.Arbitrary<CallWire | TextWire>> = {
    calls: hostileCall,
    texts: hostileText,
  }

  it.each(['calls', 'texts'] as const)(
    'every %s record is read: unknown statuses and vendors kept, trails in order, text intact',
    async (kind) => {
      await fc.assert(
        fc.asyncProperty(fc.array(hostile[kind], { maxLength: 5 }), async (records) => {
          const body = envelope(records)
          answer = { status: 200, body: asJson(body) }
          const page = await fetchLogPage(kind, query, null)
          expectSoundPage(page, body)
          expect(page.invalid).toEqual([])
          page.records.forEach((parsed, i) => {
            const sent = records[i] as (typeof records)[number]
            expect(parsed.contact).toEqual(sent.contact)
            expect(parsed.trail).toHaveLength(sent.trail.length)
            // An unknown status keeps what was sent, on one short line for the badge.
            if (!parsed.status.known) {
              expect(parsed.status.raw).toBe(sent.status.code)
              expect(parsed.status.label.length).toBeLessThanOrEqual(80)
            }
          })
        }),
        runs,
      )
    },
  )
})

describe('one record from a misbehaving API', () => {
  it.each(['calls', 'texts'] as const)(
    '%s: a broken record is a clear error, never a crash',
    async (kind) => {
      const valid = kind === 'calls' ? callWire(1) : textWire(1)
      await fc.assert(
        fc.asyncProperty(
          httpStatus,
          fc.oneof(mutated(valid), nastyValue),
          async (status, body) => {
            answer = { status, body: asJson(body) }
            const outcome = await settle(fetchRecord(kind, 'call-1'))
            if (outcome.ok) expect(Number.isFinite(outcome.value.time)).toBe(true)
            else expectClearError(outcome.error)
          },
        ),
        runs,
      )
    },
  )
})

describe('an error answer', () => {
  const problem = {
    type: 'about:blank',
    title: 'Bad request',
    status: 400,
    detail: 'limit must be at most 150.',
    param: 'limit',
  }

  it('shows the server’s own words when it gives any, briefly', async () => {
    const errorStatus = fc.constantFrom(400, 404, 409, 422, 500, 502, 503)
    const body = fc.oneof(
      mutated(problem),
      fc.record({ title: nastyString, detail: nastyString }, { requiredKeys: [] }),
    )
    await fc.assert(
      fc.asyncProperty(errorStatus, body, async (status, sent) => {
        answer = { status, body: asJson(sent) }
        const outcome = await settle(fetchLogPage('calls', query, null))
        expect(outcome.ok).toBe(false)
        if (outcome.ok) return
        expectClearError(outcome.error)
        const detail = (sent as { detail?: unknown }).detail
        if (typeof detail === 'string' && detail.trim().length > 0) {
          expect((outcome.error as Error).message.slice(0, 299)).toBe(
            detail.trim().slice(0, 299),
          )
        }
      }),
      runs,
    )
  })
})
