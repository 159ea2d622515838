// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { answerRequest } from '@/mocks/engine/answer-request'
import {
  dataSettings,
  type MockAnswer,
  type MockRequest,
} from '@/mocks/engine/mock-request'
import { testMockDefaults } from '@/mocks/node'
import { applySettings, defaultSettings } from '@/mocks/settings/mock-settings'
import type { EngineCall, EngineReply } from '@/mocks/worker/engine-protocol'
import { workerEngine } from '@/mocks/worker/worker-engine'

const data = dataSettings(applySettings(defaultSettings, testMockDefaults))
const bodyOf = (answer: MockAnswer) =>
  JSON.parse(answer.body) as { total: number; data: unknown[] }
const listCalls = (search: string): MockRequest => ({
  route: 'list',
  kind: 'calls',
  search,
  data,
})

/** A worker that answers like the real one, each reply on a later macrotask, in order. */
class FakeWorker {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  received: EngineCall[] = []
  terminated = false
  postMessage(call: EngineCall) {
    this.received.push(call)
    setTimeout(() => {
      const reply: EngineReply = {
        id: call.id,
        answer: answerRequest(call.request),
        measures: [
          {
            name: 'mock:query',
            start: performance.timeOrigin + 1,
            duration: 2,
            detail: { id: call.id },
          },
        ],
      }
      this.onmessage?.({ data: reply } as MessageEvent<EngineReply>)
    }, 0)
  }
  terminate() {
    this.terminated = true
  }
}

describe('the worker engine', () => {
  it('sends each request to one worker and resolves each with its own answer', async () => {
    const workers: FakeWorker[] = []
    const engine = workerEngine(() => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker as unknown as Worker
    })
    const [all, inbound] = await Promise.all([
      engine.answer(listCalls('limit=5')),
      engine.answer(listCalls('limit=5&direction=inbound')),
    ])
    expect(workers).toHaveLength(1)
    expect(all).toEqual(answerRequest(listCalls('limit=5')))
    expect(inbound).toEqual(answerRequest(listCalls('limit=5&direction=inbound')))
    expect(bodyOf(inbound).total).toBeLessThan(bodyOf(all).total)
  })

  it("records the worker's measures on the page's timeline", async () => {
    performance.clearMeasures()
    const engine = workerEngine(() => new FakeWorker() as unknown as Worker)
    await engine.answer(listCalls('limit=1'))
    const [measure] = performance.getEntriesByName('mock:query')
    expect(measure?.duration).toBe(2)
    expect(measure?.startTime).toBeCloseTo(1)
  })

  it('fails what waits when the worker dies, then answers in this thread', async () => {
    let worker: FakeWorker | undefined
    const engine = workerEngine(() => {
      worker = new FakeWorker()
      worker.postMessage = () => undefined
      return worker as unknown as Worker
    })
    const waiting = engine.answer(listCalls('limit=3'))
    worker?.onerror?.({ message: 'Boom', preventDefault: () => undefined } as ErrorEvent)
    await expect(waiting).rejects.toThrow("The mock backend's worker failed: Boom.")
    expect(worker?.terminated).toBe(true)
    const later = await engine.answer(listCalls('limit=3'))
    expect(later).toEqual(answerRequest(listCalls('limit=3')))
  })

  it('answers in this thread when no worker can be made', async () => {
    const engine = workerEngine(() => {
      throw new Error('Workers are not allowed here')
    })
    const answer = await engine.answer(listCalls('limit=2'))
    expect(answer.status).toBe(200)
    expect(bodyOf(answer).data).toHaveLength(2)
  })
})
