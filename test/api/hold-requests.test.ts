// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { holdRequestsUntil } from '@/api/client'
import { getHealth } from '@/api/health'
import { server } from '@/mocks/node'
import { serveMockBackend } from '../support/mock-server'

serveMockBackend()

describe('holdRequestsUntil', () => {
  afterEach(() => holdRequestsUntil(Promise.resolve()))

  it('keeps requests back until the backend is ready, then sends them', async () => {
    const sent: string[] = []
    const listener = ({ request }: { request: Request }) => {
      sent.push(new URL(request.url).pathname)
    }
    server.events.on('request:start', listener)
    let ready = () => {}
    holdRequestsUntil(new Promise<void>((resolve) => (ready = resolve)))

    const health = getHealth()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sent).toEqual([])

    ready()
    await expect(health).resolves.toMatchObject({ status: 'ok', backend: 'mock' })
    expect(sent).toEqual(['/api/v1/health'])
    server.events.removeListener('request:start', listener)
  })
})
