import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as CallStoreModule from '@/mocks/data/call-store'
import type { EngineCall } from '@/mocks/worker/engine-protocol'

const builds = vi.hoisted(() => ({ calls: 0, texts: 0 }))

type StartOptions = {
  serviceWorker?: { url?: string }
  quiet?: boolean
  onUnhandledRequest?: (request: Request, print: { error: () => void }) => void
}

/** MSW's browser API, as the entry point calls it; `started` resolves it. */
const msw = vi.hoisted(() => ({
  options: undefined as StartOptions | undefined,
  started: () => {},
}))

vi.mock('msw/browser', () => ({
  setupWorker: () => ({
    start: (options: StartOptions) => {
      msw.options = options
      return new Promise<void>((resolve) => (msw.started = resolve))
    },
  }),
}))

vi.mock('@/mocks/data/call-store', async (importOriginal) => {
  const original = await importOriginal<typeof CallStoreModule>()
  return {
    ...original,
    buildCallStore: (...args: Parameters<typeof original.buildCallStore>) => {
      builds.calls++
      return original.buildCallStore(...args)
    },
  }
})

/** The data worker, as the page sees it: what was posted to it. */
class FakeDataWorker {
  static created: FakeDataWorker[] = []
  posted: EngineCall[] = []
  onmessage = null
  onerror = null
  constructor() {
    FakeDataWorker.created.push(this)
  }
  postMessage(call: EngineCall) {
    this.posted.push(call)
  }
  terminate() {}
}

afterEach(() => {
  FakeDataWorker.created = []
  msw.options = undefined
  window.history.replaceState(null, '', '/')
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

describe('the browser entry point', () => {
  it('builds no data when it is loaded: the first request does', async () => {
    // A fresh module graph, so the counting build above is the one loaded.
    vi.resetModules()
    await import('@/mocks/browser')
    expect(builds.calls).toBe(0)
    const { currentDataset } = await import('@/mocks/data/dataset')
    currentDataset().calls()
    expect(builds.calls).toBe(1)
  })

  it('answers through MSW’s service worker, quietly, failing unknown API paths only', async () => {
    const { startMockBackend } = await import('@/mocks/browser')
    const { localEngine } = await import('@/mocks/engine/local-engine')
    const started = startMockBackend('/mockServiceWorker.js', localEngine)
    expect(msw.options).toMatchObject({
      serviceWorker: { url: '/mockServiceWorker.js' },
      quiet: true,
    })
    const printed = (url: string) => {
      const print = { error: vi.fn() }
      msw.options?.onUnhandledRequest?.(new Request(url), print)
      return print.error.mock.calls.length
    }
    expect(printed('http://localhost/api/v1/nowhere')).toBe(1)
    expect(printed('http://localhost/assets/app.js')).toBe(0)
    expect(printed('https://fonts.example.com/a.woff2')).toBe(0)
    msw.started()
    await expect(started).resolves.toEqual({ panel: expect.any(Boolean) as boolean })
  })
})

describe('the data worker', () => {
  it('starts and builds the landing log at once, before MSW is asked to start', async () => {
    vi.stubGlobal('Worker', FakeDataWorker)
    window.history.replaceState(null, '', '/texts?direction=inbound')
    const { startDataWorker } = await import('@/mocks/data-worker')
    startDataWorker()
    expect(FakeDataWorker.created).toHaveLength(1)
    expect(FakeDataWorker.created[0]?.posted.map(({ request }) => request)).toEqual([
      expect.objectContaining({ route: 'build', kind: 'texts' }),
    ])
  })

  it('is building the landing log while the service worker installs; MSW starts once it controls the page', async () => {
    vi.stubGlobal('Worker', FakeDataWorker)
    const listeners = new Map<string, () => void>()
    const installing = { state: 'installing', addEventListener: vi.fn() }
    const register = vi.fn(() => Promise.resolve({ installing, waiting: null }))
    // jsdom has no service workers.
    Object.defineProperty(navigator, 'serviceWorker', {
      value: {
        controller: null,
        register,
        addEventListener: (type: string, listener: () => void) =>
          listeners.set(type, listener),
      },
      configurable: true,
    })
    vi.resetModules()
    const { embeddedBackend } = await import('@/embedded-backend')
    expect(register).toHaveBeenCalledWith('/mockServiceWorker.js')
    await vi.waitFor(() =>
      expect(FakeDataWorker.created[0]?.posted.map(({ request }) => request)).toEqual([
        expect.objectContaining({ route: 'build', kind: 'calls' }),
      ]),
    )
    await import('@/mocks/browser')
    // MSW would reload a page its worker does not control yet: it waits.
    expect(msw.options).toBeUndefined()
    listeners.get('controllerchange')?.()
    await vi.waitFor(() => expect(msw.options).toBeDefined())
    expect(msw.options?.serviceWorker?.url).toBe('/mockServiceWorker.js')
    msw.started()
    await expect(embeddedBackend).resolves.toEqual({
      panel: expect.any(Boolean) as boolean,
    })
  })
})

describe('a build request', () => {
  it('builds its log and answers nothing, so the first query finds the log built', async () => {
    const { answerRequest } = await import('@/mocks/engine/answer-request')
    const { dataSettings } = await import('@/mocks/engine/mock-request')
    const { mockSettings } = await import('@/mocks/settings/settings-store')
    const data = { ...dataSettings(mockSettings()), seed: 99 }
    const before = builds.calls
    expect(answerRequest({ route: 'build', kind: 'calls', search: '', data })).toEqual({
      status: 204,
      contentType: 'text/plain',
      body: '',
    })
    expect(builds.calls).toBe(before + 1)
    answerRequest({ route: 'list', kind: 'calls', search: 'limit=1', data })
    expect(builds.calls).toBe(before + 1)
  })
})

describe('the landing page’s logs', () => {
  it('are the ones its first requests read', async () => {
    const { landingLogs } = await import('@/mocks/data-worker')
    expect(landingLogs('/')).toEqual(['calls'])
    expect(landingLogs('/calls')).toEqual(['calls'])
    expect(landingLogs('/texts')).toEqual(['texts'])
    expect(landingLogs('/insights')).toEqual(['calls', 'texts'])
    expect(landingLogs('/statuses')).toEqual([])
  })
})
