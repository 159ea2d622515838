import { useLocation, useNavigate } from '@tanstack/react-router'
import { useContext, useEffect, useState } from 'react'
import {
  decodeLogSearch,
  type DroppedParam,
  type SearchScope,
} from '@/domain/log-search-codec'
import {
  encodeGlossaryFilters,
  readGlossarySearch,
} from '@/features/statuses/glossary-search'
import { InitialAddressContext } from './initial-address'
import { parseSearch } from './search-params'

type ReadSearch = (raw: Record<string, string>) => {
  search: Record<string, unknown>
  dropped: DroppedParam[]
}

/** Each page's reading of its URL: the search it keeps, and what it dropped. */
const readers: Record<SearchScope | 'statuses', ReadSearch> = {
  calls: (raw) => decodeLogSearch('calls', raw),
  texts: (raw) => decodeLogSearch('texts', raw),
  insights: (raw) => decodeLogSearch('insights', raw),
  statuses: (raw) => {
    const { filters, dropped } = readGlossarySearch(raw)
    return { search: encodeGlossaryFilters(filters), dropped }
  },
}

/**
 * What the link the app was opened with held that the page could not use,
 * for a notice the user can dismiss. Whatever unchecked parameter is still in
 * the address bar is taken out of it (replacing the history entry).
 */
export function useDroppedParams(
  scope: SearchScope | 'statuses',
): [DroppedParam[], () => void] {
  const read = readers[scope]
  const initial = useContext(InitialAddressContext)
  const location = useLocation()
  const navigate = useNavigate()
  const [dropped, setDropped] = useState<DroppedParam[]>(() => {
    const search = initial.claim(location.pathname)
    return search === undefined ? [] : read(parseSearch(search)).dropped
  })

  const current = read(parseSearch(location.searchStr))
  const unclean = current.dropped.length > 0
  useEffect(() => {
    if (unclean)
      void navigate({ to: '.', search: current.search, hash: true, replace: true })
  }, [unclean, current.search, navigate])

  return [dropped, () => setDropped([])]
}
