import { createServer } from 'node:net'

/** A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('No port given.'))))
    })
  })
}

/**
 * The port in `variable` (E2E_PORT, BENCH_PORT) when one is set, else a free
 * one, written back so processes started later (Playwright's workers) share it.
 */
export async function portFromEnv(variable: string): Promise<number> {
  const set = process.env[variable]
  if (set) return Number(set)
  const port = await freePort()
  process.env[variable] = String(port)
  return port
}
