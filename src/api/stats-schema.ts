import { z } from 'zod/mini'
import { facetBucketSchema } from './log-page-schema'

const count = z.int().check(z.nonnegative())
const instant = z.iso.datetime({ offset: true })
/** A share from 0 to 1; null when there is nothing to divide by. */
const rate = z.nullable(z.number().check(z.gte(0), z.lte(1)))
/** Seconds; null when no call qualifies. */
const seconds = z.nullable(z.number().check(z.nonnegative()))
/** Counts keyed by outcome group: every key of the series, zeros included. */
const countsByOutcome = z.record(z.string(), count)

export const statsIntervals = ['hour', 'day', 'week'] as const
export type StatsInterval = (typeof statsIntervals)[number]

const rangeSchema = z.object({
  from: instant,
  to: instant,
  interval: z.enum(statsIntervals),
  tz: z.string(),
})

const seriesSchema = z.object({
  /** The outcome groups in the data, in the catalog's order: the chart's stacks. */
  keys: z.array(z.string()),
  /** A chart reads a stack with `dataKey="counts.connected"`. */
  points: z.array(
    z.object({ start: instant, end: instant, total: count, counts: countsByOutcome }),
  ),
})

const vendorRowSchema = z.object({
  value: z.string(),
  total: count,
  counts: countsByOutcome,
})

/** Weekday 1 (Monday) to 7 (Sunday) and hour 0 to 23, local to `tz`; all 168 cells. */
const heatCellShape = {
  weekday: z.int().check(z.gte(1), z.lte(7)),
  hour: z.int().check(z.gte(0), z.lte(23)),
  total: count,
}

/** `answered / final` is the row's answer rate, on the same footing as the KPI's. */
const groupRowSchema = z.object({
  value: z.string(),
  label: z.optional(z.string()),
  total: count,
  /** Calls with an outcome; calls still under way are left out. */
  final: count,
  answered: count,
})

const commonShape = {
  range: rangeSchema,
  by_status: z.array(facetBucketSchema),
  by_outcome: z.array(facetBucketSchema),
  series: seriesSchema,
  by_vendor: z.array(vendorRowSchema),
}

/** `GET /api/v1/calls/stats` as sent. */
export const callStatsWireSchema = z.object({
  ...commonShape,
  kpis: z.object({
    total: count,
    /** Calls with an outcome; calls still under way are left out. */
    final: count,
    in_flight: count,
    connected: count,
    /** connected / final */
    answer_rate: rate,
    /** Over connected calls. */
    avg_ring_time: seconds,
    avg_talk_time: seconds,
  }),
  by_agent: z.array(groupRowSchema),
  by_source: z.array(groupRowSchema),
  /** Broadcast campaigns; absent from older payloads. */
  by_campaign: z.optional(z.array(groupRowSchema)),
  /** `final` as in the KPIs: a cell's answer rate is `answered / final`. */
  heatmap: z.array(z.object({ ...heatCellShape, final: count, answered: count })),
})

/** `GET /api/v1/texts/stats` as sent. */
export const textStatsWireSchema = z.object({
  ...commonShape,
  kpis: z.object({
    total: count,
    in_flight: count,
    received: count,
    /** Outbound texts that ended: what the rates divide by. */
    outbound_final: count,
    /** Outbound texts at a provisional status (CTM's Sent): a receipt can still come. */
    awaiting_receipt: count,
    delivered: count,
    delivery_rate: rate,
    /** Failed plus not delivered. */
    failed: count,
    failure_rate: rate,
  }),
  heatmap: z.array(z.object({ ...heatCellShape, delivered: count })),
})

export type CallStatsWire = z.infer<typeof callStatsWireSchema>
export type TextStatsWire = z.infer<typeof textStatsWireSchema>

export type GroupRow = z.infer<typeof groupRowSchema>

const common = (wire: CallStatsWire | TextStatsWire) => ({
  range: wire.range,
  byStatus: wire.by_status,
  byOutcome: wire.by_outcome,
  series: {
    keys: wire.series.keys,
    points: wire.series.points.map((point) => ({
      ...point,
      time: Date.parse(point.start),
    })),
  },
  byVendor: wire.by_vendor,
})

export const callStatsSchema = z.pipe(
  callStatsWireSchema,
  z.transform((wire) => ({
    ...common(wire),
    kpis: {
      total: wire.kpis.total,
      final: wire.kpis.final,
      inFlight: wire.kpis.in_flight,
      connected: wire.kpis.connected,
      answerRate: wire.kpis.answer_rate,
      avgRingTime: wire.kpis.avg_ring_time,
      avgTalkTime: wire.kpis.avg_talk_time,
    },
    byAgent: wire.by_agent,
    bySource: wire.by_source,
    byCampaign: wire.by_campaign ?? [],
    heatmap: wire.heatmap,
  })),
)

export const textStatsSchema = z.pipe(
  textStatsWireSchema,
  z.transform((wire) => ({
    ...common(wire),
    kpis: {
      total: wire.kpis.total,
      inFlight: wire.kpis.in_flight,
      received: wire.kpis.received,
      outboundFinal: wire.kpis.outbound_final,
      awaitingReceipt: wire.kpis.awaiting_receipt,
      delivered: wire.kpis.delivered,
      deliveryRate: wire.kpis.delivery_rate,
      failed: wire.kpis.failed,
      failureRate: wire.kpis.failure_rate,
    },
    heatmap: wire.heatmap,
  })),
)

export type CallStats = z.output<typeof callStatsSchema>
export type TextStats = z.output<typeof textStatsSchema>

/** A bucket of the time series; `time` (epoch ms of start) suits a chart's x axis. */
export type SeriesPoint = CallStats['series']['points'][number]
