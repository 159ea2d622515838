import type { LogKind } from '@/domain/log-query'
import type { MockSettings } from '../settings/mock-settings'

/** What a data set is made of: the same values give the same records. */
export type DataSettings = Pick<
  MockSettings,
  'seed' | 'calls' | 'texts' | 'days' | 'now' | 'clock'
>

/** The API's routes, and `build`: a log built ahead of its first request, no answer. */
export type MockRoute = 'list' | 'stats' | 'record' | 'build'

/** One API request, as plain data that can cross to a worker. */
export type MockRequest = {
  route: MockRoute
  kind: LogKind
  /** The query string, without the leading `?`. */
  search: string
  /** The record's id, for `record`. */
  id?: string
  data: DataSettings
  /** An imported data set to serve instead of the demo data. */
  set?: DatasetRef
}

/** An imported data set, as stored: a new revision is new records. */
export type DatasetRef = { id: string; revision: string }

/** The answer, as plain data: the body is already JSON. */
export type MockAnswer = { status: number; contentType: string; body: string }

/** Where requests are answered: in this thread, or in a worker. */
export type MockEngine = { answer: (request: MockRequest) => Promise<MockAnswer> }

export function dataSettings(settings: MockSettings): DataSettings {
  const { seed, calls, texts, days, now, clock } = settings
  return { seed, calls, texts, days, now, clock }
}
