import fc from 'fast-check'
import { sortFields, type FacetName, type LogKind, type Sort } from '@/domain/log-query'
import { formatNumber } from '@/mocks/data/phone-numbers'
import type { FilterRequest, ListRequest } from '@/mocks/engine/log-request'
import type { LogStore } from '@/mocks/engine/log-store'

/** Free text a person might type: part of a name, a number in any format, a word of a body, noise. */
function queryText(store: LogStore): fc.Arbitrary<string> {
  const { contacts, bodies } = store.search
  const names = contacts.names.filter((name): name is string => name !== null)
  const numbers = contacts.numbers.slice(0, 50)
  const words = (bodies ?? [])
    .slice(0, 40)
    .flatMap((body) => body.split(' '))
    .slice(0, 200)
  const part = (text: string) =>
    fc
      .tuple(fc.nat(text.length), fc.integer({ min: 1, max: 8 }))
      .map(([start, length]) => text.slice(start, start + length))
  return fc.oneof(
    names.length > 0 ? fc.constantFrom(...names).chain(part) : fc.constant('ana'),
    names.length > 0
      ? fc.constantFrom(...names).map((name) => name.toUpperCase())
      : fc.constant('x'),
    fc
      .constantFrom(...numbers)
      .chain((number) =>
        fc.constantFrom(
          number,
          formatNumber(number),
          number.slice(-7),
          number.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3'),
          number.replace(/^\+44/, '0'),
          number.replace(/^\+/, '00'),
        ),
      ),
    words.length > 0 ? fc.constantFrom(...words) : fc.constant('reply'),
    // The business's numbers, country codes, agents, sources and record ids.
    fc.constantFrom(
      '(312) 555-0110',
      '312-555-0190',
      '+13125550112',
      '+1 800 555 0195',
      '+44',
      '+1',
      '0044 20',
      'Google',
      'organic',
      'grace',
    ),
    store.size > 0
      ? fc.nat(store.size - 1).map((index) => store.idOf(index))
      : fc.constant('CA00000000'),
    fc.string({ maxLength: 4 }),
  )
}

export function filterArbitrary(store: LogStore): fc.Arbitrary<FilterRequest> {
  const times = Array.from(store.time)
  const instant = fc.oneof(
    times.length > 0 ? fc.constantFrom(...times) : fc.constant(store.start),
    fc.integer({ min: store.start - 86_400_000, max: store.now + 86_400_000 }),
  )
  const facet = (name: FacetName, values: string[]) =>
    fc.option(
      fc.subarray(values, { minLength: 1 }).map((picked) => ({ name, values: picked })),
      { freq: 2 },
    )
  return fc
    .record({
      range: fc.option(fc.tuple(instant, instant), { freq: 2 }),
      facets: fc.tuple(
        ...store.dims.map((dim) =>
          facet(
            dim.name,
            dim.values.map((value) => value.value),
          ),
        ),
      ),
      q: fc.option(queryText(store), { freq: 3 }),
    })
    .map(({ range, facets, q }) => {
      const [from, to] = range === null ? [null, null] : [...range].sort((x, y) => x - y)
      return {
        from: from ?? null,
        to: to ?? null,
        facets: facets.filter((f) => f !== null),
        q: q === null || q.trim() === '' ? null : q.trim(),
      }
    })
}

export function sortArbitrary(kind: LogKind): fc.Arbitrary<Sort> {
  return fc.record({
    field: fc.constantFrom<Sort['field']>(...sortFields[kind]),
    desc: fc.boolean(),
  })
}

export function listArbitrary(
  store: LogStore,
  maxLimit = 150,
): fc.Arbitrary<ListRequest> {
  return fc
    .tuple(
      filterArbitrary(store),
      sortArbitrary(store.kind),
      fc.integer({ min: 1, max: maxLimit }),
    )
    .map(([filters, sort, limit]) => ({ ...filters, sort, limit, cursor: null }))
}
