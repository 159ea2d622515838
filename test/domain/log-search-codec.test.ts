import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseSearch, stringifySearch } from '@/app/search-params'
import { statusesFor } from '@/domain/catalog/catalog'
import { decodeLogSearch, type SearchScope } from '@/domain/log-search-codec'
import { directions, sortFields } from '@/domain/log-query'
import { pickLogSearch, rangePresets, type LogSearch } from '@/domain/log-search'
import { outcomeGroupsFor } from '@/domain/outcomes'
import { vendors, type Channel, type Vendor } from '@/domain/vendors'

/** A view through the app's URL writer (the router's) and reader. */
const through = (search: LogSearch) => parseSearch(stringifySearch(search))

const subset = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length })

const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) })
  .map((time) => new Date(time).toISOString())

const unique = <T>(values: readonly T[]) => [...new Set(values)]

/** What each page's URL can hold: its channels' statuses, outcomes and vendors, and its own settings. */
const scopes = {
  calls: {
    channels: ['call'],
    vendors,
    callFacets: true,
    sort: sortFields.calls,
    record: true,
  },
  texts: {
    channels: ['text'],
    vendors: ['ctm'],
    callFacets: false,
    sort: sortFields.texts,
    record: true,
  },
  insights: {
    channels: ['call', 'text'],
    vendors,
    callFacets: true,
    sort: [],
    record: false,
  },
} as const satisfies Record<
  SearchScope,
  {
    channels: readonly Channel[]
    vendors: readonly Vendor[]
    callFacets: boolean
    sort: readonly string[]
    record: boolean
  }
>

function searchIn(scope: SearchScope): fc.Arbitrary<LogSearch> {
  const rules = scopes[scope]
  const statuses = rules.channels.flatMap((channel) =>
    statusesFor({ channel }).map((entry) => entry.key),
  )
  const outcomes = unique(rules.channels.flatMap((channel) => outcomeGroupsFor(channel)))
  const sorts = rules.sort.flatMap((field) => [field, `-${field}`])
  return fc
    .record(
      {
        range: fc.constantFrom(...rangePresets),
        window: fc.tuple(instant, instant).filter(([a, b]) => a < b),
        status: subset(statuses),
        outcome: subset(outcomes),
        vendor: subset(rules.vendors),
        direction: subset(directions),
        q: fc
          .string({ minLength: 1, maxLength: 60 })
          .filter((q) => q.trim() === q && q !== ''),
        ...(rules.callFacets
          ? {
              agent: subset(['ana-ruiz', 'li-wei', 'sam-o-neil']),
              source: subset(['google-ads', 'direct']),
            }
          : {}),
        ...(sorts.length > 0 ? { sort: fc.constantFrom(...sorts) } : {}),
        ...(rules.record ? { id: fc.stringMatching(/^[\w-]{1,20}$/) } : {}),
      },
      { requiredKeys: [] },
    )
    .map(({ window, range, ...rest }) =>
      window
        ? { ...rest, from: window[0], to: window[1] }
        : range
          ? { ...rest, range }
          : rest,
    )
}

const scopeNames = Object.keys(scopes) as SearchScope[]

describe('the log URL codec', () => {
  it.each(scopeNames)(
    'brings any valid %s view back unchanged through the URL',
    (scope) => {
      fc.assert(
        fc.property(searchIn(scope), (search) => {
          const { search: decoded, dropped } = decodeLogSearch(scope, through(search))
          expect(dropped).toEqual([])
          expect(decoded).toEqual(search)
        }),
        { numRuns: 300 },
      )
    },
  )

  it.each(scopeNames)(
    'gives the same %s view when decoding a decoded view, as the router does on navigation',
    (scope) => {
      fc.assert(
        fc.property(searchIn(scope), (search) => {
          const once = decodeLogSearch(scope, through(search)).search
          expect(decodeLogSearch(scope, once)).toEqual({ search: once, dropped: [] })
        }),
        { numRuns: 200 },
      )
    },
  )

  it('writes lists with plain commas, readable in the address bar', () => {
    // The app writes a view as pickLogSearch orders it.
    const url = stringifySearch(
      pickLogSearch({
        status: ['ctm.call.busy', 'messenger.call.busy'],
        range: '7d',
      }),
    )
    expect(url).toBe('?range=7d&status=ctm.call.busy,messenger.call.busy')
  })

  it.each([
    [{ status: 'ctm.call.busy,ctm.call.teleported' }, 'status', 'ctm.call.teleported'],
    [{ status: 'ctm.text.delivered' }, 'status', 'ctm.text.delivered'],
    [{ outcome: 'delivered' }, 'outcome', 'delivered'],
    [{ vendor: 'acme' }, 'vendor', 'acme'],
    [{ direction: 'sideways' }, 'direction', 'sideways'],
    [{ from: 'yesterday-ish' }, 'from', 'yesterday-ish'],
    [{ to: '2026-13-45' }, 'to', '2026-13-45'],
    [{ range: 'forever' }, 'range', 'forever'],
    [{ sort: 'segments' }, 'sort', 'segments'],
    [{ id: '<script>' }, 'id', '<script>'],
    [{ utm_source: 'mail' }, 'utm_source', 'mail'],
    [{ agent: 'Robert"); DROP' }, 'agent', 'Robert"); DROP'],
    [{ q: 'x'.repeat(201) }, 'q', 'x'.repeat(201)],
  ])('drops %j with a reason', (raw, param, value) => {
    const { dropped } = decodeLogSearch('calls', raw)
    expect(dropped).toContainEqual({ param, value, reason: expect.any(String) as string })
  })

  it('keeps the good values of a list when one is bad', () => {
    const { search } = decodeLogSearch('calls', {
      status: 'ctm.call.busy,nope,ctm.call.failed',
    })
    expect(search.status).toEqual(['ctm.call.busy', 'ctm.call.failed'])
  })

  it('drops a range whose start is not before its end', () => {
    const { search, dropped } = decodeLogSearch('calls', {
      from: '2026-11-20T00:00:00Z',
      to: '2026-11-19T00:00:00Z',
    })
    expect(search).toEqual({})
    expect(dropped.map((d) => d.param)).toEqual(['from', 'to'])
  })

  it('prefers an explicit from/to to a preset', () => {
    const { search, dropped } = decodeLogSearch('calls', {
      range: '7d',
      from: '2026-11-01',
    })
    expect(search).toEqual({ from: '2026-11-01' })
    expect(dropped).toEqual([
      { param: 'range', value: '7d', reason: expect.any(String) as string },
    ])
  })

  it('knows texts have no agents, sources or call statuses', () => {
    const { search, dropped } = decodeLogSearch('texts', {
      agent: 'ana-ruiz',
      status: 'ctm.text.sent,ctm.call.busy',
      vendor: 'routee',
    })
    expect(search).toEqual({ status: ['ctm.text.sent'] })
    expect(dropped.map((d) => d.param).sort()).toEqual(['agent', 'status', 'vendor'])
  })

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.anything())),
        (raw) => {
          const { search } = decodeLogSearch('texts', raw)
          expect(typeof search).toBe('object')
        },
      ),
    )
  })

  it('keeps a time-zone choice on every page and drops a nonsense one', () => {
    for (const scope of ['calls', 'texts', 'insights'] as const) {
      expect(decodeLogSearch(scope, { tz: 'account' }).search).toEqual({ tz: 'account' })
      expect(decodeLogSearch(scope, { tz: 'UTC' }).search).toEqual({ tz: 'utc' })
      expect(decodeLogSearch(scope, { tz: 'America/Chicago' }).search).toEqual({
        tz: 'America/Chicago',
      })
      const { search, dropped } = decodeLogSearch(scope, { tz: 'Mars/Base', range: '1h' })
      expect(search).toEqual({ range: '1h' })
      expect(dropped).toEqual([
        expect.objectContaining({ param: 'tz', value: 'Mars/Base' }),
      ])
    }
    expect(through({ range: 'today', tz: 'America/Chicago' })).toEqual({
      range: 'today',
      tz: 'America/Chicago',
    })
  })
})
