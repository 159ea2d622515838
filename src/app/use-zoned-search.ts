import { useMemo } from 'react'
import type { LogSearch } from '@/domain/log-search'
import { patchSearch } from '@/domain/log-search-edit'
import { useDisplayZone } from '@/lib/display-zone'

/**
 * The view a page works with: the URL's, its `tz` choice ("account") swapped
 * for the IANA zone it means, so presets and charts measure days in it. The
 * browser's own zone is left unset, as before zones could be chosen.
 */
export function useZonedSearch(search: LogSearch): LogSearch {
  const { formatZone } = useDisplayZone()
  return useMemo(() => withZone(search, formatZone), [search, formatZone])
}

export const withZone = (search: LogSearch, zone: string | undefined): LogSearch =>
  search.tz === zone ? search : patchSearch(search, { tz: zone })
