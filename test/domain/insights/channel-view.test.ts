// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { channelView } from '@/domain/insights/channel-view'
import { drillDown } from '@/domain/insights/drill-down'
import type { LogSearch } from '@/domain/log-search'

describe('splitting the page filters per log', () => {
  it('gives each log only the values of its own channel', () => {
    const search: LogSearch = {
      range: '7d',
      q: 'ana',
      status: ['ctm.call.busy', 'ctm.text.delivered', 'messenger.call.busy'],
      outcome: ['connected', 'delivered', 'failed'],
      vendor: ['ctm', 'messenger'],
      direction: ['inbound'],
    }
    const calls = channelView(search, 'calls')
    expect(calls.search).toEqual({
      range: '7d',
      q: 'ana',
      status: ['ctm.call.busy', 'messenger.call.busy'],
      outcome: ['connected', 'failed'],
      vendor: ['ctm', 'messenger'],
      direction: ['inbound'],
    })
    expect(calls.excludedBy).toEqual([])
    const texts = channelView(search, 'texts')
    expect(texts.search).toEqual({
      range: '7d',
      q: 'ana',
      status: ['ctm.text.delivered'],
      outcome: ['delivered', 'failed'],
      vendor: ['ctm'],
      direction: ['inbound'],
    })
  })

  it('says a log is ruled out when a filter names only the other channel', () => {
    const texts = channelView({ status: ['ctm.call.busy'], vendor: ['routee'] }, 'texts')
    expect(texts.excludedBy).toEqual(['status', 'vendor'])
    expect(texts.search).toEqual({})
    expect(channelView({ outcome: ['delivered'] }, 'calls').excludedBy).toEqual([
      'outcome',
    ])
  })

  it('leaves agent and source out of texts, and says so', () => {
    const texts = channelView({ agent: ['ana-ruiz'], source: ['none'] }, 'texts')
    expect(texts.search).toEqual({})
    expect(texts.notApplied).toEqual(['agent', 'source'])
    expect(texts.excludedBy).toEqual([])
    const calls = channelView({ agent: ['ana-ruiz'], source: ['none'] }, 'calls')
    expect(calls.search).toEqual({ agent: ['ana-ruiz'], source: ['none'] })
    expect(calls.notApplied).toEqual([])
  })

  it('keeps a custom range and drops what a log page adds (sort, open record)', () => {
    const view = channelView(
      {
        from: '2026-03-01T00:00:00.000Z',
        to: '2026-03-02T00:00:00.000Z',
        sort: 'time',
        id: 'x',
      },
      'calls',
    )
    expect(view.search).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-02T00:00:00.000Z',
    })
  })

  it('keeps the zone, so each log buckets its days in the zone the page reads times in', () => {
    for (const kind of ['calls', 'texts'] as const) {
      expect(channelView({ range: 'today', tz: 'utc' }, kind).search).toEqual({
        range: 'today',
        tz: 'utc',
      })
    }
  })
})

describe('drilling down from a chart', () => {
  // The window the chart was drawn for: a 30-day preset read at 16:30.
  const window = {
    from: Date.parse('2026-02-16T16:30:00.000Z'),
    to: Date.parse('2026-03-18T16:30:00.000Z'),
  }
  const absolute = { from: '2026-02-16T16:30:00.000Z', to: '2026-03-18T16:30:00.000Z' }

  it('opens the log with the clicked value in place of its filter, on the chart’s absolute window', () => {
    const view = channelView(
      {
        range: '30d',
        status: ['ctm.call.answered', 'ctm.text.sent'],
        direction: ['inbound'],
      },
      'calls',
    )
    expect(
      drillDown(view, { status: ['ctm.call.busy'], outcome: undefined }, window),
    ).toEqual({
      ...absolute,
      status: ['ctm.call.busy'],
      direction: ['inbound'],
    })
    expect(
      drillDown(view, { outcome: ['not-answered'], status: undefined }, window),
    ).toEqual({
      ...absolute,
      outcome: ['not-answered'],
      direction: ['inbound'],
    })
  })

  it('keeps the from/to of a clicked time bucket', () => {
    const view = channelView({ range: '7d' }, 'texts')
    const bucket = { from: '2026-03-17T00:00:00.000Z', to: '2026-03-18T00:00:00.000Z' }
    expect(drillDown(view, bucket, window)).toEqual(bucket)
  })
})
