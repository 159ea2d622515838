import type { OutcomeGroup } from '@/domain/outcomes'

/**
 * The one place an outcome group gets its colours; badges, filter chips and
 * charts all read it. The colours themselves are tokens in app/styles.css
 * (light and dark). Class names are written out whole so Tailwind finds them.
 */
export type OutcomeStyle = {
  /** Soft background and readable ink, for a pill such as a badge or a chip. */
  pill: string
  /** A solid mark in the group's colour. */
  fill: string
  /** A hollow mark: a border in the group's colour. */
  stroke: string
  /** For SVG fills and strokes in charts. */
  chart: string
  chartSoft: string
}

export const outcomeStyles: Record<OutcomeGroup, OutcomeStyle> = {
  connected: {
    pill: 'bg-[var(--outcome-connected-soft)] text-[var(--outcome-connected-ink)]',
    fill: 'bg-[var(--outcome-connected)]',
    stroke: 'border-[var(--outcome-connected)]',
    chart: 'var(--outcome-connected)',
    chartSoft: 'var(--outcome-connected-soft)',
  },
  machine: {
    pill: 'bg-[var(--outcome-machine-soft)] text-[var(--outcome-machine-ink)]',
    fill: 'bg-[var(--outcome-machine)]',
    stroke: 'border-[var(--outcome-machine)]',
    chart: 'var(--outcome-machine)',
    chartSoft: 'var(--outcome-machine-soft)',
  },
  ivr: {
    pill: 'bg-[var(--outcome-ivr-soft)] text-[var(--outcome-ivr-ink)]',
    fill: 'bg-[var(--outcome-ivr)]',
    stroke: 'border-[var(--outcome-ivr)]',
    chart: 'var(--outcome-ivr)',
    chartSoft: 'var(--outcome-ivr-soft)',
  },
  'not-answered': {
    pill: 'bg-[var(--outcome-not-answered-soft)] text-[var(--outcome-not-answered-ink)]',
    fill: 'bg-[var(--outcome-not-answered)]',
    stroke: 'border-[var(--outcome-not-answered)]',
    chart: 'var(--outcome-not-answered)',
    chartSoft: 'var(--outcome-not-answered-soft)',
  },
  canceled: {
    pill: 'bg-[var(--outcome-canceled-soft)] text-[var(--outcome-canceled-ink)]',
    fill: 'bg-[var(--outcome-canceled)]',
    stroke: 'border-[var(--outcome-canceled)]',
    chart: 'var(--outcome-canceled)',
    chartSoft: 'var(--outcome-canceled-soft)',
  },
  blocked: {
    pill: 'bg-[var(--outcome-blocked-soft)] text-[var(--outcome-blocked-ink)]',
    fill: 'bg-[var(--outcome-blocked)]',
    stroke: 'border-[var(--outcome-blocked)]',
    chart: 'var(--outcome-blocked)',
    chartSoft: 'var(--outcome-blocked-soft)',
  },
  failed: {
    pill: 'bg-[var(--outcome-failed-soft)] text-[var(--outcome-failed-ink)]',
    fill: 'bg-[var(--outcome-failed)]',
    stroke: 'border-[var(--outcome-failed)]',
    chart: 'var(--outcome-failed)',
    chartSoft: 'var(--outcome-failed-soft)',
  },
  'in-progress': {
    pill: 'bg-[var(--outcome-in-progress-soft)] text-[var(--outcome-in-progress-ink)]',
    fill: 'bg-[var(--outcome-in-progress)]',
    stroke: 'border-[var(--outcome-in-progress)]',
    chart: 'var(--outcome-in-progress)',
    chartSoft: 'var(--outcome-in-progress-soft)',
  },
  delivered: {
    pill: 'bg-[var(--outcome-delivered-soft)] text-[var(--outcome-delivered-ink)]',
    fill: 'bg-[var(--outcome-delivered)]',
    stroke: 'border-[var(--outcome-delivered)]',
    chart: 'var(--outcome-delivered)',
    chartSoft: 'var(--outcome-delivered-soft)',
  },
  sent: {
    pill: 'bg-[var(--outcome-sent-soft)] text-[var(--outcome-sent-ink)]',
    fill: 'bg-[var(--outcome-sent)]',
    stroke: 'border-[var(--outcome-sent)]',
    chart: 'var(--outcome-sent)',
    chartSoft: 'var(--outcome-sent-soft)',
  },
  received: {
    pill: 'bg-[var(--outcome-received-soft)] text-[var(--outcome-received-ink)]',
    fill: 'bg-[var(--outcome-received)]',
    stroke: 'border-[var(--outcome-received)]',
    chart: 'var(--outcome-received)',
    chartSoft: 'var(--outcome-received-soft)',
  },
  'not-delivered': {
    pill: 'bg-[var(--outcome-not-delivered-soft)] text-[var(--outcome-not-delivered-ink)]',
    fill: 'bg-[var(--outcome-not-delivered)]',
    stroke: 'border-[var(--outcome-not-delivered)]',
    chart: 'var(--outcome-not-delivered)',
    chartSoft: 'var(--outcome-not-delivered-soft)',
  },
  'in-flight': {
    pill: 'bg-[var(--outcome-in-flight-soft)] text-[var(--outcome-in-flight-ink)]',
    fill: 'bg-[var(--outcome-in-flight)]',
    stroke: 'border-[var(--outcome-in-flight)]',
    chart: 'var(--outcome-in-flight)',
    chartSoft: 'var(--outcome-in-flight-soft)',
  },
  finished: {
    pill: 'bg-[var(--outcome-finished-soft)] text-[var(--outcome-finished-ink)]',
    fill: 'bg-[var(--outcome-finished)]',
    stroke: 'border-[var(--outcome-finished)]',
    chart: 'var(--outcome-finished)',
    chartSoft: 'var(--outcome-finished-soft)',
  },
  unknown: {
    pill: 'bg-[var(--outcome-unknown-soft)] text-[var(--outcome-unknown-ink)]',
    fill: 'bg-[var(--outcome-unknown)]',
    stroke: 'border-[var(--outcome-unknown)]',
    chart: 'var(--outcome-unknown)',
    chartSoft: 'var(--outcome-unknown-soft)',
  },
}

/** Flags and result codes: no outcome, so no outcome colour. */
export const neutralStyle: OutcomeStyle = {
  pill: 'bg-surface-2 text-muted',
  fill: 'bg-faint',
  stroke: 'border-faint',
  chart: 'var(--faint)',
  chartSoft: 'var(--surface-2)',
}

export function outcomeStyle(outcome: OutcomeGroup | null): OutcomeStyle {
  return outcome === null ? neutralStyle : outcomeStyles[outcome]
}
