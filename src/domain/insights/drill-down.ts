import { patchSearch } from '../log-search-edit'
import type { LogSearch } from '../log-search'
import type { TimeWindow } from '../time-range'
import type { ChannelView } from './channel-view'

/**
 * The log view a click on a chart opens: the log's share of the page's
 * filters, with the clicked value in place of its filter, on the absolute
 * window the chart was drawn for (`from`/`to`, not its preset: a preset read
 * a minute later is another window). So the log's total is the number the
 * chart showed, record for record. A patch with its own `from`/`to` (a time
 * bucket) keeps them.
 */
export function drillDown(
  view: ChannelView,
  patch: Partial<LogSearch>,
  window: TimeWindow,
): LogSearch {
  const absolute: Partial<LogSearch> = {
    range: undefined,
    from: new Date(window.from).toISOString(),
    to: new Date(window.to).toISOString(),
  }
  return patchSearch(view.search, { ...absolute, ...patch })
}
