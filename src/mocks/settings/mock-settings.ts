import { z } from 'zod/mini'

/** Up to the benchmark's size. */
export const maxRecords = 500_000

export const failureModes = ['http', 'network', 'mixed'] as const

/**
 * How the data's "now" moves: `running` with the real clock (new records
 * arrive, calls under way settle), `fixed` never, `requests` up to the `to`
 * each request asks for (a browser test drives it with the page's clock).
 */
export const clockModes = ['running', 'fixed', 'requests'] as const

export type MockSettings = {
  /** Same seed, sizes, days and now: the same data, record for record. */
  seed: number
  calls: number
  texts: number
  /** How many days the data covers, ending at `now`. */
  days: number
  /** ISO instant the data ends at; null: the minute the data is first built. */
  now: string | null
  /** How `now` moves on; null: `running` without a fixed `now`, `fixed` with one. */
  clock: (typeof clockModes)[number] | null
  /** Each response waits a random time in [min, max] ms. */
  latency: { min: number; max: number }
  /** Share (0 to 1) of data requests that fail. */
  failureRate: number
  /** How they fail: a 500 problem, a network error, or either. */
  failure: (typeof failureModes)[number]
  /** Data requests never answer (for timeout tests). */
  hang: boolean
  /** Show the floating settings panel in the page. */
  panel: boolean
}

export const defaultSettings: MockSettings = {
  seed: 20260301,
  calls: 50_000,
  texts: 50_000,
  days: 90,
  now: null,
  clock: null,
  latency: { min: 0, max: 0 },
  failureRate: 0,
  failure: 'http',
  hang: false,
  // The demo build stays clean; the panel is one localStorage setting away there.
  panel: import.meta.env.DEV,
}

/** A bad field is dropped, not fatal: settings typed by hand must never break the app. */
const lenient = <T extends z.ZodMiniType>(schema: T) =>
  z.catch(z.optional(schema), undefined)

const ms = z.number().check(z.gte(0), z.lte(120_000))
const size = z.int().check(z.gte(0), z.lte(maxRecords))

const patchSchema = z.catch(
  z.object({
    seed: lenient(z.int().check(z.gte(0), z.lte(0xffffffff))),
    calls: lenient(size),
    texts: lenient(size),
    days: lenient(z.number().check(z.gt(0), z.lte(3660))),
    now: lenient(z.nullable(z.iso.datetime({ offset: true }))),
    clock: lenient(z.nullable(z.enum(clockModes))),
    latency: lenient(z.union([ms, z.object({ min: ms, max: ms })])),
    failureRate: lenient(z.number().check(z.gte(0), z.lte(1))),
    failure: lenient(z.enum(failureModes)),
    hang: lenient(z.boolean()),
    panel: lenient(z.boolean()),
  }),
  {},
)

export type MockSettingsPatch = Partial<Omit<MockSettings, 'latency'>> & {
  latency?: number | { min: number; max: number }
}

/** Applies what is valid in `input` (anything: JSON from storage, a test's patch) to `base`. */
export function applySettings(base: MockSettings, input: unknown): MockSettings {
  const { latency, ...rest } = patchSchema.parse(input)
  const next: MockSettings = { ...base }
  for (const [key, value] of Object.entries(rest) as [string, unknown][]) {
    if (value !== undefined) Object.assign(next, { [key]: value })
  }
  if (typeof latency === 'number') next.latency = { min: latency, max: latency }
  else if (latency) {
    next.latency = {
      min: Math.min(latency.min, latency.max),
      max: Math.max(latency.min, latency.max),
    }
  }
  return next
}
