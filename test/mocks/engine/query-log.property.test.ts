// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogKind } from '@/domain/log-query'
import { queryLog } from '@/mocks/engine/query-log'
import type { LogStore } from '@/mocks/engine/log-store'
import { listArbitrary } from '../support/arbitraries'
import {
  referenceFacets,
  referenceFilter,
  referenceSort,
  type Row,
} from '../support/reference-query'
import { allRows, smallDataset } from '../support/small-dataset'

/** Many runs over small data sets: generous on a busy machine. */
const propertyTimeout = 30_000

type Store = LogStore & { record: (index: number) => Row['wire'] }

/** Small data sets: a few dozen records over a few days, so times collide and filters bite. */
const datasetArbitrary = fc.record({
  seed: fc.nat(),
  size: fc.integer({ min: 0, max: 120 }),
  days: fc.constantFrom(0.02, 1, 3, 30),
})

type DatasetParams = { seed: number; size: number; days: number }

const storeOf = (kind: LogKind, { seed, size, days }: DatasetParams): Store => {
  const dataset = smallDataset({
    seed,
    calls: size,
    texts: size,
    days,
    now: '2026-03-18T16:30:00.000Z',
  })
  return kind === 'calls' ? dataset.calls() : dataset.texts()
}

/** A data set's parameters and a request on it: a counterexample reads as what it is. */
const caseArbitrary = (kind: LogKind, maxLimit?: number) =>
  datasetArbitrary.chain((params) =>
    fc.tuple(fc.constant(params), listArbitrary(storeOf(kind, params), maxLimit)),
  )

describe.each(['calls', 'texts'] as const)(
  'the %s query engine against a plain reference',
  (kind) => {
    it(
      'filters, sorts, pages and counts facets as the reference does',
      () => {
        fc.assert(
          fc.property(caseArbitrary(kind), ([params, request]) => {
            const store = storeOf(kind, params)
            const rows = allRows(store)
            const expected = referenceSort(referenceFilter(rows, request), request.sort)
            const page = queryLog(store, request)
            expect(page.total).toBe(expected.length)
            expect(page.rows).toEqual(
              expected.slice(0, request.limit).map((row) => row.index),
            )
            expect(page.nextCursor === null).toBe(expected.length <= request.limit)

            const facets = referenceFacets(kind, rows, request)
            for (const [name, counts] of Object.entries(facets)) {
              const got = new Map(
                page.facets[name as keyof typeof page.facets]?.map((b) => [
                  b.value,
                  b.count,
                ]),
              )
              expect(got, name).toEqual(counts)
            }
          }),
          { numRuns: 60 },
        )
      },
      propertyTimeout,
    )

    it(
      'pages through every match exactly once, in order, with the cursor',
      () => {
        fc.assert(
          fc.property(caseArbitrary(kind, 12), ([params, request]) => {
            const store = storeOf(kind, params)
            const expected = referenceSort(
              referenceFilter(allRows(store), request),
              request.sort,
            )
            const seen: number[] = []
            let cursor: string | null = null
            for (let pages = 0; pages <= expected.length; pages++) {
              const page = queryLog(store, { ...request, cursor })
              expect(page.total).toBe(expected.length)
              seen.push(...page.rows)
              cursor = page.nextCursor
              if (cursor === null) break
            }
            expect(cursor).toBeNull()
            expect(seen).toEqual(expected.map((row) => row.index))
          }),
          { numRuns: 40 },
        )
      },
      propertyTimeout,
    )
  },
)
