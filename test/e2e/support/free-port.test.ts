import { createServer } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { freePort, portFromEnv } from './free-port'

const variable = 'CALLBOARD_TEST_PORT'
afterEach(() => {
  Reflect.deleteProperty(process.env, variable)
})

const listenOn = (port: number) =>
  new Promise<void>((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()))
  })

describe('the browser runs’ port', () => {
  it('is one nothing listens on', async () => {
    const port = await freePort()
    expect(port).toBeGreaterThan(1024)
    await expect(listenOn(port)).resolves.toBeUndefined()
  })

  it('is the one named in the environment, or a free one written back for later processes', async () => {
    process.env[variable] = '4201'
    expect(await portFromEnv(variable)).toBe(4201)
    Reflect.deleteProperty(process.env, variable)
    const chosen = await portFromEnv(variable)
    expect(process.env[variable]).toBe(String(chosen))
    expect(await portFromEnv(variable)).toBe(chosen)
  })
})
