import { redirect, type ParsedLocation } from '@tanstack/react-router'
import { hasStoredViews, type ViewScope } from '@/features/views/view-key'
import { stringifySearch } from './search-params'

/**
 * Opening a log with no parameters at all opens its default saved view; any
 * parameter in the address (a shared link, a time range kept from another
 * page) wins. Only on entering the page: a view emptied by hand stays empty.
 * The views' code loads only if this browser has saved some.
 */
export async function openDefaultView(
  scope: ViewScope,
  location: ParsedLocation,
  cause: 'preload' | 'enter' | 'stay',
) {
  if (cause !== 'enter' || location.searchStr !== '' || !hasStoredViews(scope)) return
  const { openDefault } = await import('@/features/views/view-store')
  const params = openDefault(scope)
  if (params)
    throw redirect({ href: `/${scope}${stringifySearch(params)}`, replace: true })
}
