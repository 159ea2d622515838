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
})
