// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { getStatus } from '@/domain/catalog/catalog'
import { outcomeInfo } from '@/domain/outcomes'
import { callStats } from '@/mocks/stats/call-stats'
import { textStats } from '@/mocks/stats/text-stats'
import { filterArbitrary } from '../support/arbitraries'
import { referenceFilter } from '../support/reference-query'
import { allRows, smallDataset } from '../support/small-dataset'

/** Many runs over small data sets: generous on a busy machine. */
const propertyTimeout = 30_000

const hour = 3_600_000
const now = '2026-03-18T16:30:00.000Z'
const storeOf = (seed: number, size: number) =>
  smallDataset({ seed, calls: size, texts: 0, days: 20, now }).calls()

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}
const outcomeOf = (call: CallWire) =>
  getStatus(call.status.key ?? '')?.outcome ?? 'unknown'
const nonZero = (entries: [string, number][]) => new Map(entries.filter(([, n]) => n > 0))

/** Weekday (1 = Monday) and hour of an instant in a zone, the plain way. */
function localCell(iso: string, tz: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
    parts.find((p) => p.type === 'weekday')?.value ?? '',
  )
  return `${weekday + 1}/${Number(parts.find((p) => p.type === 'hour')?.value)}`
}

describe('call stats against a plain reference', () => {
  it(
    'count KPIs, breakdowns, the series and the heat map as the records say',
    () => {
      fc.assert(
        fc.property(
          fc
            .record({ seed: fc.nat(), size: fc.integer({ min: 0, max: 150 }) })
            .chain((params) =>
              fc.tuple(
                fc.constant(params),
                filterArbitrary(storeOf(params.seed, params.size)),
                fc.constantFrom('UTC', 'America/Chicago', 'Asia/Kolkata'),
              ),
            ),
          ([{ seed, size }, filters, tz]) => {
            const store = storeOf(seed, size)
            const rows = referenceFilter(allRows(store), filters).map(
              (row) => row.wire as CallWire,
            )
            const stats = callStats(store, { ...filters, interval: 'hour', tz })

            const final = rows.filter((call) => outcomeInfo[outcomeOf(call)].isOutcome)
            const connected = rows.filter((call) => outcomeOf(call) === 'connected')
            expect(stats.kpis.total).toBe(rows.length)
            expect(stats.kpis.final).toBe(final.length)
            expect(stats.kpis.connected).toBe(connected.length)
            const ringTotal = connected.reduce((sum, call) => sum + call.ring_time, 0)
            expect(stats.kpis.avg_ring_time).toBe(
              connected.length
                ? Math.round((ringTotal / connected.length) * 10) / 10
                : null,
            )

            const byStatus = nonZero(stats.by_status.map((b) => [b.value, b.count]))
            expect(byStatus).toEqual(countBy(rows, (call) => call.status.key ?? ''))
            const byAgent = nonZero(stats.by_agent.map((b) => [b.value, b.total]))
            expect(byAgent).toEqual(countBy(rows, (call) => call.agent?.id ?? 'none'))
            const answered = nonZero(stats.by_source.map((b) => [b.value, b.answered]))
            expect(answered).toEqual(
              countBy(connected, (call) => call.source?.id ?? 'none'),
            )
            for (const vendor of stats.by_vendor) {
              const mine = rows.filter((call) => call.vendor === vendor.value)
              expect(vendor.total).toBe(mine.length)
              expect(nonZero(Object.entries(vendor.counts))).toEqual(
                countBy(mine, outcomeOf),
              )
            }

            const heat = nonZero(
              stats.heatmap.map((c) => [`${c.weekday}/${c.hour}`, c.total]),
            )
            expect(heat).toEqual(countBy(rows, (call) => localCell(call.started_at, tz)))
            // Rates divide by final calls, as the KPI does.
            const heatFinal = nonZero(
              stats.heatmap.map((c) => [`${c.weekday}/${c.hour}`, c.final]),
            )
            expect(heatFinal).toEqual(
              countBy(final, (call) => localCell(call.started_at, tz)),
            )
            const agentFinal = nonZero(stats.by_agent.map((b) => [b.value, b.final]))
            expect(agentFinal).toEqual(countBy(final, (call) => call.agent?.id ?? 'none'))

            // Hour buckets: every record lands in the bucket around its start.
            for (const call of rows) {
              const time = Date.parse(call.started_at)
              const point = stats.series.points.find(
                (p) => Date.parse(p.start) <= time && time < Date.parse(p.end),
              )
              expect(point && Date.parse(point.end) - Date.parse(point.start)).toBe(hour)
            }
            const series = stats.series.points.reduce((sum, p) => sum + p.total, 0)
            expect(series).toBe(rows.length)
          },
        ),
        { numRuns: 40 },
      )
    },
    propertyTimeout,
  )
})

describe('text stats against a plain reference', () => {
  it(
    'count delivery KPIs over outbound texts with an outcome',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.integer({ min: 0, max: 150 }), (seed, size) => {
          const store = smallDataset({
            seed,
            calls: 0,
            texts: size,
            days: 2,
            now,
          }).texts()
          const texts = allRows(store).map((row) => row.wire as TextWire)
          const { kpis } = textStats(store, {
            from: null,
            to: null,
            facets: [],
            q: null,
            interval: 'day',
            tz: 'UTC',
          })
          const group = (text: TextWire) =>
            getStatus(text.status.key ?? '')?.outcome ?? 'unknown'
          const ended = texts.filter((text) => outcomeInfo[group(text)].isOutcome)
          // CTM's Sent: a delivery receipt can still come, so it is counted apart.
          const provisional = (text: TextWire) =>
            getStatus(text.status.key ?? '')?.phase === 'provisional'
          const final = ended.filter((text) => !provisional(text))
          const outbound = final.filter((text) => text.direction === 'outbound')
          expect(kpis.in_flight).toBe(texts.length - ended.length)
          expect(kpis.awaiting_receipt).toBe(
            ended.filter((text) => provisional(text) && text.direction === 'outbound')
              .length,
          )
          expect(kpis.received).toBe(
            final.filter((text) => group(text) === 'received').length,
          )
          expect(kpis.outbound_final).toBe(outbound.length)
          expect(kpis.delivered).toBe(
            outbound.filter((text) => group(text) === 'delivered').length,
          )
          expect(kpis.failed).toBe(
            outbound.filter((text) => ['failed', 'not-delivered'].includes(group(text)))
              .length,
          )
        }),
        { numRuns: 30 },
      )
    },
    propertyTimeout,
  )
})
