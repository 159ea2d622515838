// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fetchLogPage } from '@/api/logs'
import { isApiError } from '@/api/problem'
import { emptyFilters } from '@/domain/log-query'
import { getApi } from '../support/api'
import { serveMockBackend } from '../../support/mock-server'

serveMockBackend()

type Problem = {
  type: string
  title: string
  status: number
  detail: string
  param: string
}

const cases: [
  path: string,
  params: Record<string, string>,
  param: string,
  mentions: string,
][] = [
  ['/api/v1/calls', { status: 'ctm.call.teleported' }, 'status', 'ctm.call.teleported'],
  ['/api/v1/calls', { status: 'ctm.call.answered,Answered' }, 'status', 'Answered'],
  ['/api/v1/calls', { status: 'ctm.text.sent' }, 'status', 'text status'],
  ['/api/v1/calls', { status: 'ctm.call.no-audio' }, 'status', 'flag'],
  ['/api/v1/texts', { status: 'ctm.call.answered' }, 'status', 'call status'],
  ['/api/v1/calls', { outcome: 'delivered' }, 'outcome', 'delivered'],
  ['/api/v1/texts', { outcome: 'connected' }, 'outcome', 'connected'],
  ['/api/v1/calls', { vendor: 'acme' }, 'vendor', 'acme'],
  ['/api/v1/calls', { direction: 'sideways' }, 'direction', 'sideways'],
  ['/api/v1/calls', { agent: 'Ana Ruiz' }, 'agent', 'Ana Ruiz'],
  ['/api/v1/calls', { source: 'google_ads' }, 'source', 'google_ads'],
  ['/api/v1/calls', { from: 'yesterday' }, 'from', 'yesterday'],
  ['/api/v1/calls', { to: '2026-02-30' }, 'to', '2026-02-30'],
  ['/api/v1/calls', { from: '2026-03-01T10:00:00' }, 'from', 'time zone'],
  [
    '/api/v1/calls',
    { from: '2026-03-10T00:00:00Z', to: '2026-03-01T00:00:00Z' },
    'from',
    'after',
  ],
  ['/api/v1/calls', { limit: '151' }, 'limit', '150'],
  ['/api/v1/calls', { limit: '0' }, 'limit', '"0"'],
  ['/api/v1/calls', { limit: '-5' }, 'limit', '"-5"'],
  ['/api/v1/calls', { limit: '2.5' }, 'limit', '"2.5"'],
  ['/api/v1/calls', { limit: 'ten' }, 'limit', '"ten"'],
  ['/api/v1/calls', { sort: 'name' }, 'sort', 'name'],
  ['/api/v1/calls', { sort: '-segments' }, 'sort', '-segments'],
  ['/api/v1/texts', { sort: 'duration' }, 'sort', 'duration'],
  ['/api/v1/calls', { cursor: 'not a cursor!' }, 'cursor', 'cursor'],
  ['/api/v1/calls', { cursor: 'eyJzb3J0IjoiLXRpbWUifQ' }, 'cursor', 'cursor'],
  ['/api/v1/calls', { q: 'x'.repeat(201) }, 'q', '200'],
  ['/api/v1/calls/stats', { interval: 'month' }, 'interval', 'month'],
  ['/api/v1/calls/stats', { tz: 'Mars/Olympus_Mons' }, 'tz', 'Mars/Olympus_Mons'],
  [
    '/api/v1/texts/stats',
    { interval: 'hour', from: '2000-01-01' },
    'interval',
    'buckets',
  ],
  ['/api/v1/texts/stats', { status: 'nope' }, 'status', 'nope'],
]

describe('a bad parameter gets a 400 problem that names it', () => {
  it.each(cases)('%s %o → 400 on %s', async (path, params, param, mentions) => {
    const answer = await getApi<Problem>(path, params)
    expect(answer.status).toBe(400)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.body).toMatchObject({
      status: 400,
      param,
      title: 'Invalid query parameter',
    })
    expect(answer.body.type).toMatch(/^https:\/\//)
    expect(answer.body.detail).toContain(param)
    expect(answer.body.detail).toContain(mentions)
  })

  it('refuses a tampered cursor and one made for another sort', async () => {
    const first = await getApi<{ next_cursor: string }>('/api/v1/calls', { limit: '5' })
    const cursor = first.body.next_cursor
    const flipped = `${cursor.slice(0, 6)}${cursor[6] === 'A' ? 'B' : 'A'}${cursor.slice(7)}`
    const tampered = await getApi<Problem>('/api/v1/calls', {
      limit: '5',
      cursor: flipped,
    })
    expect(tampered.status).toBe(400)
    expect(tampered.body.param).toBe('cursor')
    const otherSort = await getApi<Problem>('/api/v1/calls', { sort: 'duration', cursor })
    expect(otherSort.status).toBe(400)
    expect(otherSort.body.detail).toContain('-time')
  })

  it('ignores parameters it does not know', async () => {
    const answer = await getApi<{ total: number }>('/api/v1/calls', {
      colour: 'blue',
      page: '2',
    })
    expect(answer.status).toBe(200)
    expect(answer.body.total).toBe(1500)
  })

  it('reaches the user as the problem’s message', async () => {
    const query = {
      filters: { ...emptyFilters, from: 'last week' },
      sort: { field: 'time', desc: true },
    } as const
    const error: unknown = await fetchLogPage('calls', query, null).catch(
      (e: unknown) => e,
    )
    expect(isApiError(error) && error.status).toBe(400)
    expect(isApiError(error) && error.message).toContain(
      'from must be an ISO 8601 date-time',
    )
  })
})
