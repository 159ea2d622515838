// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getStatus } from '@/domain/catalog/catalog'
import { answerRequest } from '@/mocks/engine/answer-request'
import type { DataSettings } from '@/mocks/engine/mock-request'
import { defaultSettings } from '@/mocks/settings/mock-settings'

// A Wednesday morning in Chicago: calls and texts arrive every few minutes.
const now = Date.parse('2026-03-18T16:30:00.000Z')
const iso = (time: number) => new Date(time).toISOString()
const minutes = (n: number) => n * 60_000

type Page = { data: { id: string; status: { key: string } }[]; total: number }

const settings = (seed: number, clock: DataSettings['clock']): DataSettings => ({
  ...defaultSettings,
  seed,
  calls: 4000,
  texts: 4000,
  days: 30,
  now: iso(now),
  clock,
})

function list(data: DataSettings, kind: 'calls' | 'texts', to: number, limit = 50): Page {
  const search = new URLSearchParams({
    from: iso(now - minutes(24 * 60)),
    to: iso(to),
    limit: String(limit),
  })
  const answer = answerRequest({ route: 'list', kind, search: search.toString(), data })
  expect(answer.status).toBe(200)
  return JSON.parse(answer.body) as Page
}

function record(data: DataSettings, kind: 'calls' | 'texts', id: string) {
  const answer = answerRequest({ route: 'record', kind, search: '', id, data })
  return { status: answer.status, body: JSON.parse(answer.body) as Page['data'][number] }
}

describe('a live mock log', () => {
  it('brings new calls and texts into view as its clock moves on', () => {
    for (const kind of ['calls', 'texts'] as const) {
      const data = settings(7, 'requests')
      const before = list(data, kind, now)
      const later = list(data, kind, now + minutes(45))
      expect(later.total).toBeGreaterThan(before.total)
      const seen = new Set(before.data.map((row) => row.id))
      const arrived = later.data.filter((row) => !seen.has(row.id))
      expect(arrived.length).toBe(later.total - before.total)
      // A record the clock has not reached is not there yet.
      const future = list(settings(7, 'requests'), kind, now + minutes(90)).data[0]
      expect(future).toBeDefined()
    }
  })

  it('settles what was under way, and the same instant gives the same records however it was reached', () => {
    const stepped = settings(8, 'requests')
    const first = list(stepped, 'calls', now, 100)
    const running = first.data.filter(
      (row) => getStatus(row.status.key)?.phase === 'in-flight',
    )
    expect(running.length).toBeGreaterThan(0)
    list(stepped, 'calls', now + minutes(20))
    const settled = list(stepped, 'calls', now + minutes(120), 150)

    const direct = list(settings(9, 'requests'), 'calls', now) // another data set in between
    expect(direct.total).toBeGreaterThan(0)
    const straight = list(settings(8, 'requests'), 'calls', now + minutes(120), 150)
    expect(straight).toEqual(settled)

    for (const row of running) {
      const after = settled.data.find((candidate) => candidate.id === row.id)
      expect(after).toBeDefined()
      expect(getStatus(after?.status.key ?? '')?.phase).not.toBe('in-flight')
    }
  })

  it('answers a record only once its time has come', () => {
    const data = settings(10, 'requests')
    const ahead = list(data, 'texts', now + minutes(60)).data[0]
    if (!ahead) throw new Error('no texts in the hour')
    const fresh = settings(11, 'requests')
    expect(record(fresh, 'texts', ahead.id).status).toBe(404)
  })

  it('holds still with a fixed clock, as before', () => {
    const data = settings(12, 'fixed')
    expect(list(data, 'calls', now + minutes(60)).total).toBe(
      list(data, 'calls', now).total,
    )
  })
})
