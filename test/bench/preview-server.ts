import { spawn, type ChildProcess } from 'node:child_process'

export type PreviewServer = { url: string; stop: () => void }

/**
 * Serves dist/ with `vite preview` on 127.0.0.1 and waits until it answers.
 * With --strictPort our server exits if the port is taken; an answer counts
 * only while it is still running, so another process's server is never measured.
 */
export async function startPreview(root: string, port: number): Promise<PreviewServer> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore', detached: true },
  )
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    if (child.pid) {
      try {
        process.kill(-child.pid)
      } catch {
        // already gone
      }
    }
  }
  const running = () => child.exitCode === null && child.signalCode === null
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (!running()) {
      throw new Error(`vite preview exited: is port ${port} taken?`)
    }
    try {
      const response = await fetch(`${url}/calls`)
      if (response.ok && running()) return { url, stop }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`vite preview did not answer on ${url} within 30 s.`)
}
