// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { callWireSchema, type CallWire } from '@/api/call-schema'
import { fetchLogPage, fetchRecord } from '@/api/logs'
import { isApiError } from '@/api/problem'
import { textWireSchema, type TextWire } from '@/api/text-schema'
import { defaultSort, emptyFilters, type LogKind } from '@/domain/log-query'
import { getApi } from '../support/api'
import { serveMockBackend } from '../../support/mock-server'

serveMockBackend()

type Page<T> = { data: T[]; next_cursor: string | null; total: number }

describe.each(['calls', 'texts'] as const)('%s over HTTP', (kind: LogKind) => {
  const schema = kind === 'calls' ? callWireSchema : textWireSchema

  it('sends records that fit the wire schema, page after page', async () => {
    let cursor: string | null = null
    let seen = 0
    for (let page = 0; page < 4; page++) {
      const params: Record<string, string> = {
        limit: '150',
        ...(cursor ? { cursor } : {}),
      }
      const answer = await getApi<Page<CallWire | TextWire>>(`/api/v1/${kind}`, params)
      expect(answer.status).toBe(200)
      for (const record of answer.body.data)
        expect(schema.safeParse(record).error).toBeUndefined()
      seen += answer.body.data.length
      cursor = answer.body.next_cursor
    }
    expect(seen).toBe(600)
  })

  it('parses every record of a page with the app’s own client', async () => {
    const page = await fetchLogPage(
      kind,
      { filters: emptyFilters, sort: defaultSort },
      null,
    )
    expect(page.invalid).toEqual([])
    expect(page.records).toHaveLength(100)
    expect(page.total).toBe(1500)
    expect(page.records.every((record) => record.status.known)).toBe(true)
  })

  it('serves one record whole, the same as in the list', async () => {
    const list = await getApi<Page<{ id: string }>>(`/api/v1/${kind}`, { limit: '3' })
    const [first] = list.body.data
    const one = await getApi(`/api/v1/${kind}/${first?.id ?? ''}`)
    expect(one.status).toBe(200)
    expect(one.body).toEqual(first)
    const parsed = await fetchRecord(kind, first?.id ?? '')
    expect(parsed.id).toBe(first?.id)
  })

  it('answers 404 with a problem for an id it does not hold', async () => {
    for (const id of [
      'nope',
      'CA',
      kind === 'calls' ? 'SM00000001' : 'CA00000001',
      '../stats',
    ]) {
      const answer = await getApi<{ status: number; detail: string }>(
        `/api/v1/${kind}/${encodeURIComponent(id)}`,
      )
      expect(answer.status, id).toBe(404)
      expect(answer.contentType).toContain('application/problem+json')
      expect(answer.body.detail).toContain(kind === 'calls' ? 'no call' : 'no text')
    }
    const error: unknown = await fetchRecord(kind, 'nope').catch((e: unknown) => e)
    expect(isApiError(error) && error.status).toBe(404)
  })
})
