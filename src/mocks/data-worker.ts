import type { LogKind } from '@/domain/log-query'
import { activeDatasetRef } from './engine/active-set'
import { dataSettings, type MockEngine } from './engine/mock-request'
import { mockSettings, setMockDefaults } from './settings/settings-store'
import { readStoredSettings } from './settings/stored-settings'
import { workerEngine } from './worker/worker-engine'

const createEngineWorker = () =>
  new Worker(new URL('./worker/engine-worker.ts', import.meta.url), {
    type: 'module',
    name: 'callboard-mock-data',
  })

/** The logs the page at `pathname` asks for first. */
export function landingLogs(pathname: string): LogKind[] {
  if (pathname.startsWith('/texts')) return ['texts']
  if (pathname.startsWith('/insights')) return ['calls', 'texts']
  if (pathname.startsWith('/statuses')) return []
  return ['calls']
}

/**
 * Starts the mock's data worker with the stored settings and has it build
 * the landing page's logs straight away. A small chunk of its own, loaded
 * beside MSW's, so the build runs while MSW's service worker starts and the
 * first request finds its data built.
 */
export function startDataWorker(): MockEngine {
  setMockDefaults(readStoredSettings())
  const engine = workerEngine(createEngineWorker)
  const data = dataSettings(mockSettings())
  for (const kind of landingLogs(location.pathname)) {
    // A worker that fails says so on the first real request.
    engine
      .answer({ route: 'build', kind, search: '', data, ...activeDatasetRef() })
      .catch(() => undefined)
  }
  return engine
}
