import type { Dataset } from './dataset'

/**
 * The instant a live data set stands at for one request: the real clock's
 * (a fixed `now` runs on from where it was set), or the request's own `to`
 * for a test that drives time from the page. It never runs back, nor past the
 * records made for it.
 */
export function liveNow(dataset: Dataset, requestTo: string | null): number {
  if (dataset.clock === 'fixed') return dataset.now
  let at: number
  if (dataset.clock === 'requests') {
    const to = requestTo === null ? Number.NaN : Date.parse(requestTo)
    at = Number.isFinite(to) ? to : dataset.now
  } else {
    // To the millisecond: a page's `to` is never ahead of the data, so a view asked twice agrees.
    at = dataset.now + (Date.now() - dataset.wallAt)
  }
  return Math.min(Math.max(at, dataset.now), dataset.end - 1)
}
