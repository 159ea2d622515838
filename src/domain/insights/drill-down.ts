import { patchSearch } from '../log-search-edit'
import type { LogSearch } from '../log-search'
import type { ChannelView } from './channel-view'

/**
 * The log view a click on a chart opens: the log's share of the page's
 * filters and time range, with the clicked value in place of its filter.
 * So the log's total is the number the chart showed.
 */
export function drillDown(view: ChannelView, patch: Partial<LogSearch>): LogSearch {
  return patchSearch(view.search, patch)
}
