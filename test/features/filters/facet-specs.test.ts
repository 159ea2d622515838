import { describe, expect, it } from 'vitest'
import { facetSpecs } from '@/features/filters/facet-specs'

const options = (specs: ReturnType<typeof facetSpecs>, param: string) =>
  specs.find((spec) => spec.param === param)?.options ?? []

describe('a page’s facets', () => {
  it('counts each value over every log of the page', () => {
    const specs = facetSpecs(
      ['calls', 'texts'],
      {
        calls: { direction: [{ value: 'inbound', count: 4 }] },
        texts: { direction: [{ value: 'inbound', count: 5 }] },
      },
      {},
    )
    expect(options(specs, 'direction').find((o) => o.value === 'inbound')?.count).toBe(9)
  })

  it('lists both channels’ statuses, each counted by its own log', () => {
    const specs = facetSpecs(
      ['calls', 'texts'],
      { calls: { status: [{ value: 'ctm.call.busy', count: 2 }] }, texts: undefined },
      {},
    )
    const status = options(specs, 'status')
    expect(status.find((o) => o.value === 'ctm.call.busy')?.count).toBe(2)
    // The texts' counts are still loading: unknown, not zero.
    expect(status.find((o) => o.value === 'ctm.text.delivered')?.count).toBeUndefined()
  })

  it('lists an outcome or vendor both logs share once', () => {
    const specs = facetSpecs(['calls', 'texts'], {}, {})
    for (const param of ['outcome', 'vendor']) {
      const values = options(specs, param).map((o) => o.value)
      expect(new Set(values).size).toBe(values.length)
    }
    expect(options(specs, 'vendor').map((o) => o.value)).toContain('twilio')
  })

  it('keeps a chosen agent the counts do not list, so it can be removed', () => {
    const specs = facetSpecs(['calls'], { calls: { agent: [] } }, { agent: ['gone'] })
    expect(options(specs, 'agent')).toEqual([{ value: 'gone', label: 'gone', count: 0 }])
    expect(specs.map((spec) => spec.searchable)).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      false,
    ])
  })
})
