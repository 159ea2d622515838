import { redirect, type ParsedLocation } from '@tanstack/react-router'
import { defaultView } from '@/domain/saved-views'
import { restoreColumns } from '@/features/views/column-state'
import { markApplied, readViews, type ViewScope } from '@/features/views/view-store'
import { stringifySearch } from './search-params'

/**
 * Opening a log with no parameters at all opens its default saved view; any
 * parameter in the address (a shared link, a time range kept from another
 * page) wins. Only on entering the page: a view emptied by hand stays empty.
 */
export function openDefaultView(
  scope: ViewScope,
  location: ParsedLocation,
  cause: 'preload' | 'enter' | 'stay',
) {
  if (cause !== 'enter' || location.searchStr !== '') return
  const view = defaultView(readViews(scope).state)
  if (!view) return
  restoreColumns(scope, view.columns)
  markApplied(scope, view.id)
  throw redirect({ href: `/${scope}${stringifySearch(view.params)}`, replace: true })
}
