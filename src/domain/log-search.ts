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
  campaign?: string[]
  q?: string
  /** `time`, `-duration`, …: see log-query's sortFields. */
  sort?: string
  /** The record open in the detail panel. */
  id?: string
  /**
   * The clock times are read in: `local`, `utc`, `account` or an IANA name
   * (see time-zone.ts). Absent: the browser's.
   */
  tz?: string
}

/** The list-valued parameters, in the order the URL writes them. */
export const listParams = [
  'status',
  'outcome',
  'vendor',
  'direction',
  'agent',
  'source',
  'campaign',
] as const
export type ListParam = (typeof listParams)[number]

/** Every parameter a log view has, in the order its URL writes them. */
export const logSearchKeys = [
  'range',
  'from',
  'to',
  ...listParams,
  'q',
  'sort',
  'id',
  'tz',
] as const satisfies readonly (keyof LogSearch)[]

/**
 * A view with every parameter present, unset ones as undefined. The router
 * gives a route its parent's raw parameters overlaid with the validated ones,
 * so a refused value (say `from=soon`) would show through unless the
 * validated view names the key.
 */
export function withEveryKey(search: LogSearch): LogSearch {
  const all: Record<string, undefined> = Object.fromEntries(
    logSearchKeys.map((key) => [key, undefined]),
  )
  return { ...all, ...search }
}

/** The view's own parameters only: the router's search also carries raw, unvalidated ones. */
export function pickLogSearch(search: Record<string, unknown>): LogSearch {
  const picked: Record<string, unknown> = {}
  for (const key of logSearchKeys) {
    if (search[key] !== undefined) picked[key] = search[key]
  }
  return picked
}
