import { prewarm } from '../engine/prewarm'
import { measured } from '../measure'
import { mockSettings } from '../settings/settings-store'
import type { DataSettings } from '../engine/mock-request'
import { buildBodyPool, type BodyPool } from './body-pool'
import { buildCallStore, type CallStore } from './call-store'
import { buildContactPool, contactPoolSize, type ContactPool } from './contact-pool'
import { buildTextStore, type TextStore } from './text-store'

/** The data the mock serves; each log is built on its first request, not at import. */
export type Dataset = {
  key: string
  /** The instant the data was built for; a live data set's logs move on from it. */
  now: number
  start: number
  /** Where a live data set's records end: its clock can run until then. */
  end: number
  clock: ClockMode
  /** The real time `now` stood for: a running clock runs on from there. */
  wallAt: number
  calls: () => CallStore
  texts: () => TextStore
}

type ClockMode = NonNullable<DataSettings['clock']>

/** The "now" of a browser session without a fixed one: it holds until reload. */
let sessionNow: number | undefined
let current: Dataset | undefined

const minute = 60_000
/** How far a live data set's records run past its start: six hours of new activity. */
export const liveHorizon = 6 * 60 * minute

export const clockMode = (settings: DataSettings): ClockMode =>
  settings.clock ?? (settings.now === null ? 'running' : 'fixed')

function resolveNow(settings: DataSettings): number {
  if (settings.now !== null) return Date.parse(settings.now)
  // A session outliving its records' horizon starts a new data set.
  if (sessionNow === undefined || Date.now() >= sessionNow + liveHorizon)
    sessionNow = Math.floor(Date.now() / minute) * minute
  return sessionNow
}

/** The data set of the current settings, reused while they stay the same. */
export function currentDataset(settings: DataSettings = mockSettings()): Dataset {
  const now = resolveNow(settings)
  const clock = clockMode(settings)
  const key = [
    settings.seed,
    settings.calls,
    settings.texts,
    settings.days,
    now,
    clock,
  ].join('|')
  if (current?.key !== key) current = createDataset(settings, now, clock, key)
  return current
}

function warmed<S extends CallStore | TextStore>(store: S): S {
  prewarm(store)
  return store
}

function createDataset(
  settings: DataSettings,
  now: number,
  clock: ClockMode,
  key: string,
): Dataset {
  const { seed } = settings
  const start = now - Math.round(settings.days * 24 * 60 * minute)
  const end = clock === 'fixed' ? now : now + liveHorizon
  let contacts: ContactPool | undefined
  let bodies: BodyPool | undefined
  let calls: CallStore | undefined
  let texts: TextStore | undefined
  const contactPool = () =>
    (contacts ??= buildContactPool(
      seed,
      contactPoolSize(settings.calls + settings.texts),
    ))
  return {
    key,
    now,
    start,
    end,
    clock,
    // The session's now is a real minute; a fixed one starts running when built.
    wallAt: settings.now === null ? now : Date.now(),
    calls: () =>
      (calls ??= warmed(
        measured('mock:build', { log: 'calls', size: settings.calls }, () =>
          buildCallStore({
            seed,
            size: settings.calls,
            start,
            now,
            end,
            pool: contactPool(),
          }),
        ),
      )),
    texts: () =>
      (texts ??= warmed(
        measured('mock:build', { log: 'texts', size: settings.texts }, () =>
          buildTextStore({
            seed,
            size: settings.texts,
            start,
            now,
            end,
            contacts: contactPool(),
            bodies: (bodies ??= buildBodyPool(seed)),
          }),
        ),
      )),
  }
}
