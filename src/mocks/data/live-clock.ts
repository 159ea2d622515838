import type { Dataset } from './dataset'

/** A running clock moves in steps, so queries a moment apart share cached answers. */
const step = 10_000

const createdAt = new WeakMap<Dataset, number>()

/**
 * The instant a live data set stands at for one request: the real clock's
 * (from the data set's start, a fixed `now` runs on from where it was set),
 * or the request's own `to` for a test that drives time from the page. It
 * never runs back, nor past the records made for it.
 */
export function liveNow(dataset: Dataset, requestTo: string | null): number {
  if (dataset.clock === 'fixed') return dataset.now
  let at: number
  if (dataset.clock === 'requests') {
    const to = requestTo === null ? Number.NaN : Date.parse(requestTo)
    at = Number.isFinite(to) ? to : dataset.now
  } else {
    const since = createdAt.get(dataset) ?? Date.now()
    createdAt.set(dataset, since)
    at = dataset.now + Math.floor((Date.now() - since) / step) * step
  }
  return Math.min(Math.max(at, dataset.now), dataset.end - 1)
}
