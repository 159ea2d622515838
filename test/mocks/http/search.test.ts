// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { getApi } from '../support/api'
import { serveMockBackend } from '../../support/mock-server'

serveMockBackend()

type Page<T> = { data: T[]; total: number }

async function firstUsCall(): Promise<CallWire> {
  const page = await getApi<Page<CallWire>>('/api/v1/calls', { limit: '150' })
  const call = page.body.data.find((c) => /^\+1\d{10}$/.test(c.contact.number))
  if (!call) throw new Error('No US number in the first page.')
  return call
}

describe('free-text search', () => {
  it('finds a number typed in any common format', async () => {
    const call = await firstUsCall()
    const n = call.contact.number
    const [area, exchange, line] = [n.slice(2, 5), n.slice(5, 8), n.slice(8)]
    for (const typed of [
      n,
      `+1 (${area}) ${exchange}-${line}`,
      `${area}${exchange}${line}`,
      `${area}.${exchange}.${line}`,
      `1-${area}-${exchange}-${line}`,
    ]) {
      const found = await getApi<Page<CallWire>>('/api/v1/calls', {
        q: typed,
        limit: '150',
      })
      expect(
        found.body.data.map((c) => c.id),
        typed,
      ).toContain(call.id)
      expect(
        found.body.data.every((c) => c.contact.number === n),
        typed,
      ).toBe(true)
    }
  })

  it('finds a UK number typed the national way', async () => {
    const page = await getApi<Page<CallWire>>('/api/v1/calls', {
      q: '+44 7700 900',
      limit: '5',
    })
    const call = page.body.data[0]
    expect(call?.contact.number).toMatch(/^\+447700900/)
    if (!call) return
    const national = `0${call.contact.number.slice(3, 7)} ${call.contact.number.slice(7)}`
    const found = await getApi<Page<CallWire>>('/api/v1/calls', {
      q: national,
      limit: '150',
    })
    expect(found.body.data.map((c) => c.id)).toContain(call.id)
  })

  it('finds names regardless of case and accents, and texts by their body', async () => {
    const calls = await getApi<Page<CallWire>>('/api/v1/calls', { limit: '150' })
    const named = calls.body.data.find(
      (c) => c.contact.name && /^[A-Za-z]+ [A-Za-z]+$/.test(c.contact.name),
    )
    const name = named?.contact.name ?? ''
    const found = await getApi<Page<CallWire>>('/api/v1/calls', {
      q: `  ${name.toUpperCase()} `,
    })
    expect(found.body.total).toBeGreaterThan(0)
    expect(
      found.body.data.every((c) =>
        c.contact.name?.toLowerCase().includes(name.toLowerCase()),
      ),
    ).toBe(true)

    const texts = await getApi<Page<TextWire>>('/api/v1/texts', {
      q: 'verification code',
    })
    expect(texts.body.total).toBeGreaterThan(0)
    expect(
      texts.body.data.every((t) => t.body.toLowerCase().includes('verification code')),
    ).toBe(true)
  })

  it('treats markup in a query as text', async () => {
    const found = await getApi<Page<CallWire>>('/api/v1/calls', { q: '<script>' })
    expect(found.status).toBe(200)
    expect(found.body.data.every((c) => c.contact.name?.includes('<script>'))).toBe(true)
  })

  it('finds a call by its tracking or receiving number, written any way', async () => {
    const page = await getApi<Page<CallWire>>('/api/v1/calls', { limit: '150' })
    const routed = page.body.data.find(
      (c) => c.receiving_number !== null && c.vendor === 'ctm',
    )
    const tracked = page.body.data.find((c) => c.tracking_number !== null)
    for (const [field, call] of [
      ['tracking_number', tracked],
      ['receiving_number', routed],
    ] as const) {
      const n = call?.[field] ?? ''
      expect(n, field).toMatch(/^\+1\d{10}$/)
      const [area, exchange, line] = [n.slice(2, 5), n.slice(5, 8), n.slice(8)]
      for (const typed of [
        n,
        `(${area}) ${exchange}-${line}`,
        `${area}-${exchange}-${line}`,
        `+1 ${area} ${exchange} ${line}`,
      ]) {
        const found = await getApi<Page<CallWire>>('/api/v1/calls', {
          q: typed,
          limit: '150',
        })
        expect(found.body.total, `${field} ${typed}`).toBeGreaterThan(0)
        expect(
          found.body.data.every(
            (c) =>
              c.tracking_number === n ||
              c.receiving_number === n ||
              c.contact.number === n,
          ),
          typed,
        ).toBe(true)
        expect(found.body.data.map((c) => c.id)).toContain(call?.id)
      }
    }
  })

  it('finds a Messenger call by the other number of the contact it rang', async () => {
    const page = await getApi<Page<CallWire>>('/api/v1/calls', {
      vendor: 'messenger',
      limit: '150',
    })
    const call = page.body.data.find(
      (c) => c.receiving_number !== null && c.receiving_number !== c.contact.number,
    )
    const found = await getApi<Page<CallWire>>('/api/v1/calls', {
      q: call?.receiving_number ?? '',
      limit: '150',
    })
    expect(found.body.data.map((c) => c.id)).toContain(call?.id)
  })

  it('finds the UK numbers by their country code alone', async () => {
    const found = await getApi<Page<CallWire>>('/api/v1/calls', {
      q: '+44',
      limit: '150',
    })
    expect(found.body.total).toBeGreaterThan(0)
    // A Messenger call may have rung the contact's other number, a UK one.
    const numbers = (c: CallWire) => [c.contact.number, c.receiving_number ?? '']
    expect(
      found.body.data.every((c) => numbers(c).some((n) => n.startsWith('+44'))),
    ).toBe(true)
  })

  it('finds texts by their From and To numbers', async () => {
    const page = await getApi<Page<TextWire>>('/api/v1/texts', { limit: '5' })
    const text = page.body.data[0]
    const ours = text?.direction === 'outbound' ? text.from : text?.to
    const found = await getApi<Page<TextWire>>('/api/v1/texts', {
      q: `(${ours?.slice(2, 5)}) ${ours?.slice(5, 8)}-${ours?.slice(8)}`,
      limit: '150',
    })
    expect(found.body.total).toBeGreaterThan(0)
    expect(found.body.data.every((t) => t.from === ours || t.to === ours)).toBe(true)
  })

  it('finds calls by agent, by source and a record by its id', async () => {
    const byAgent = await getApi<Page<CallWire>>('/api/v1/calls', { q: 'ana ruiz' })
    expect(byAgent.body.total).toBeGreaterThan(0)
    expect(
      byAgent.body.data.every(
        (c) => c.agent?.name === 'Ana Ruiz' || /ana ruiz/i.test(c.contact.name ?? ''),
      ),
    ).toBe(true)
    const bySource = await getApi<Page<CallWire>>('/api/v1/calls', { q: 'organic' })
    expect(bySource.body.total).toBeGreaterThan(0)
    expect(bySource.body.data.some((c) => c.source?.name === 'Organic Search')).toBe(true)
    const page = await getApi<Page<CallWire>>('/api/v1/calls', { limit: '3' })
    const id = page.body.data[2]?.id ?? ''
    const byId = await getApi<Page<CallWire>>('/api/v1/calls', { q: id })
    expect(byId.body.data.map((c) => c.id)).toContain(id)
  })
})
