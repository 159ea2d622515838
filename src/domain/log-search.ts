import type { StatusKey } from './catalog/catalog'
import type { Direction } from './log-query'
import type { OutcomeGroup } from './outcomes'
import type { Vendor } from './vendors'

/** Time ranges a user picks in one click; relative to the moment the view opened. */
export const rangePresets = ['1h', 'today', 'yesterday', '7d', '30d', '90d'] as const
export type RangePreset = (typeof rangePresets)[number]

/** The range every log and chart opens with when the URL names none. */
export const defaultRange: RangePreset = '30d'

/**
 * A log's view as its URL holds it: every filter, the sort and the open
 * record, each under a readable name. Absent means "not set".
 * Either `range` (a preset) or `from`/`to` (ISO instants) sets the time.
 */
export type LogSearch = {
  range?: RangePreset
  from?: string
  to?: string
  status?: StatusKey[]
  outcome?: OutcomeGroup[]
  vendor?: Vendor[]
  direction?: Direction[]
  agent?: string[]
  source?: string[]
  q?: string
  /** `time`, `-duration`, …: see log-query's sortFields. */
  sort?: string
  /** The record open in the detail panel. */
  id?: string
}

/** The list-valued parameters, in the order the URL writes them. */
export const listParams = [
  'status',
  'outcome',
  'vendor',
  'direction',
  'agent',
  'source',
] as const
export type ListParam = (typeof listParams)[number]
