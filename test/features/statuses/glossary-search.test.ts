import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeGlossarySearch,
  encodeGlossaryFilters,
  maxQueryLength,
  readGlossarySearch,
  toggled,
  validateGlossarySearch,
} from '@/features/statuses/glossary-search'
import { outcomeGroups } from '@/domain/outcomes'
import { vendors } from '@/domain/vendors'

describe('the glossary’s URL search', () => {
  it('reads comma lists, keeping known values once each in canonical order', () => {
    expect(
      decodeGlossarySearch({ q: 'busy', vendor: 'routee,ctm,routee', outcome: 'failed' }),
    ).toEqual({ query: 'busy', vendors: ['ctm', 'routee'], outcomes: ['failed'] })
  })

  it('drops what it does not know instead of failing', () => {
    expect(
      decodeGlossarySearch({
        vendor: 'acme, ctm',
        outcome: 'bogus',
        q: { x: 1 },
        page: 2,
      }),
    ).toEqual({ query: '', vendors: ['ctm'], outcomes: [] })
    expect(validateGlossarySearch({ vendor: 'acme', extra: 'x' })).toEqual({})
  })

  it('says what it dropped and why', () => {
    expect(
      readGlossarySearch({
        vendor: 'acme, ctm,',
        outcome: 'bogus,failed',
        page: '2',
        q: 'x'.repeat(201),
      }).dropped,
    ).toEqual([
      { param: 'page', value: '2', reason: 'not a setting this page has' },
      {
        param: 'q',
        value: 'x'.repeat(201),
        reason: 'longer than 200 characters; the rest was cut',
      },
      { param: 'vendor', value: 'acme', reason: 'not a vendor' },
      { param: 'outcome', value: 'bogus', reason: 'not an outcome group' },
    ])
    expect(readGlossarySearch({ q: 'busy', vendor: 'ctm' }).dropped).toEqual([])
  })

  it('reads a query the router parsed as a number or boolean as the text it was', () => {
    expect(decodeGlossarySearch({ q: 404 }).query).toBe('404')
    expect(decodeGlossarySearch({ q: true }).query).toBe('true')
  })

  it('caps a runaway query', () => {
    expect(decodeGlossarySearch({ q: 'x'.repeat(10_000) }).query).toHaveLength(
      maxQueryLength,
    )
  })

  it('leaves empty filters out of the URL', () => {
    expect(encodeGlossaryFilters({ query: '', vendors: [], outcomes: [] })).toEqual({})
    expect(
      encodeGlossaryFilters({
        query: 'no ',
        vendors: ['ctm'],
        outcomes: ['failed', 'sent'],
      }),
    ).toEqual({ q: 'no ', vendor: 'ctm', outcome: 'failed,sent' })
  })

  it('gives back any filters it wrote', () => {
    const subset = <T extends string>(all: readonly T[]) =>
      fc.subarray([...all]).map((chosen) => all.filter((value) => chosen.includes(value)))
    fc.assert(
      fc.property(
        fc.string({ maxLength: maxQueryLength }),
        subset(vendors),
        subset(outcomeGroups),
        (query, chosenVendors, outcomes) => {
          const filters = { query, vendors: chosenVendors, outcomes }
          expect(decodeGlossarySearch(encodeGlossaryFilters(filters))).toEqual(filters)
        },
      ),
    )
  })

  it('toggles a value in or out, keeping the canonical order', () => {
    expect(toggled(vendors, ['routee'], 'ctm')).toEqual(['ctm', 'routee'])
    expect(toggled(vendors, ['ctm', 'routee'], 'ctm')).toEqual(['routee'])
  })
})
